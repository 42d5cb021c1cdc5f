import type { WorkshopParticipant, WorkshopParticipantStatus } from '../api/types';

const statusSet: Record<WorkshopParticipantStatus, true> = {
  INVITED: true,
  REGISTERED: true,
  WAITLIST: true,
  ATTENDED: true,
  NO_SHOW: true,
  CANCELLED: true,
};
/** The order in which the table groups participants. */
export const participantStatuses = Object.keys(statusSet) as WorkshopParticipantStatus[];

export function isParticipantStatus(value: unknown): value is WorkshopParticipantStatus {
  return typeof value === 'string' && (participantStatuses as string[]).includes(value);
}

export const participantStatusTone: Record<
  WorkshopParticipantStatus,
  'neutral' | 'info' | 'success' | 'warning' | 'muted'
> = {
  INVITED: 'neutral',
  REGISTERED: 'info',
  WAITLIST: 'warning',
  ATTENDED: 'success',
  NO_SHOW: 'muted',
  CANCELLED: 'muted',
};

/**
 * The status changes offered for a participant in a status. REGISTERED also readmits the
 * cancelled and the invited; the API puts them on the waitlist when every seat is taken.
 */
export const nextStatuses: Record<WorkshopParticipantStatus, WorkshopParticipantStatus[]> = {
  INVITED: ['REGISTERED', 'CANCELLED'],
  REGISTERED: ['ATTENDED', 'NO_SHOW', 'CANCELLED'],
  WAITLIST: ['CANCELLED'],
  ATTENDED: ['NO_SHOW'],
  NO_SHOW: ['ATTENDED'],
  CANCELLED: ['REGISTERED'],
};

/** Participants grouped by status (in {@link participantStatuses} order), by name within a group. */
export function byStatus(items: readonly WorkshopParticipant[]): WorkshopParticipant[] {
  const rank = (status: WorkshopParticipantStatus) => participantStatuses.indexOf(status);
  return [...items].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      (a.status === 'WAITLIST' && b.status === 'WAITLIST'
        ? (a.waitlistedAt ?? '').localeCompare(b.waitlistedAt ?? '')
        : a.stakeholder.name.localeCompare(b.stakeholder.name)),
  );
}

/** Place on the waitlist (1 = moves up next) by participant id: the longest-waiting first. */
export function waitlistPositions(items: readonly WorkshopParticipant[]): Map<string, number> {
  const waiting = items
    .filter((item) => item.status === 'WAITLIST')
    .sort((a, b) => (a.waitlistedAt ?? '').localeCompare(b.waitlistedAt ?? ''));
  return new Map(waiting.map((item, index) => [item.id, index + 1]));
}

/** Who waited before and holds a seat now: those who moved up after a seat was freed. */
export function promotedBetween(
  before: readonly WorkshopParticipant[],
  after: readonly WorkshopParticipant[],
): WorkshopParticipant[] {
  const waited = new Set(
    before.filter((item) => item.status === 'WAITLIST').map((item) => item.id),
  );
  return after.filter((item) => waited.has(item.id) && item.status === 'REGISTERED');
}
