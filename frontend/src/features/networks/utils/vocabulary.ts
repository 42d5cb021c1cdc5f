import type {
  AdvisorCheckInFormat,
  NetworkAttendanceStatus,
  NetworkEventKind,
  NetworkKind,
  NetworkMemberRole,
  NetworkMembershipStatus,
} from '../api/types';

export const memberRoles: readonly NetworkMemberRole[] = [
  'MEMBER_MUNICIPALITY',
  'COORDINATOR',
  'ADVISOR_ORGANIZATION',
  'RESEARCH_PARTNER',
  'ASSOCIATED_PARTNER',
];

export const networkKinds: readonly NetworkKind[] = [
  'CITY_CONSORTIUM',
  'COMMUNITY_OF_PRACTICE',
  'FUNDING_PROGRAMME',
  'INNOVATION_COURSE',
  'PARTNERSHIP',
];

export const eventKinds: readonly NetworkEventKind[] = [
  'KICK_OFF',
  'IN_PERSON',
  'VIRTUAL_STATUS_UPDATE',
  'STUDY_TRIP',
  'OTHER',
];

export const attendanceStatuses: readonly NetworkAttendanceStatus[] = [
  'INVITED',
  'REGISTERED',
  'ATTENDED',
  'EXCUSED',
];

export const membershipTone: Record<
  NetworkMembershipStatus,
  'neutral' | 'info' | 'success' | 'warning' | 'muted'
> = {
  INVITED: 'info',
  REQUESTED: 'info',
  ACCEPTED: 'success',
  DECLINED: 'muted',
  LEFT: 'muted',
  REMOVED: 'muted',
};

export const checkInFormats = [
  'ON_SITE',
  'VIDEO',
  'PHONE',
  'EMAIL',
  'OTHER',
] as const satisfies readonly AdvisorCheckInFormat[];
