import type { components } from '@/lib/api/schema.gen';

type Schemas = components['schemas'];

export type Network = Schemas['Network'];
export type NetworkPage = Schemas['NetworkPage'];
export type NetworkKind = Schemas['NetworkKind'];
export type NetworkStatus = Schemas['NetworkStatus'];
export type NetworkMember = Schemas['NetworkMember'];
export type NetworkMemberList = Schemas['NetworkMemberList'];
export type NetworkMemberInput = Schemas['NetworkMemberInput'];
export type NetworkMemberRole = Schemas['NetworkMemberRole'];
export type NetworkMembershipStatus = Schemas['NetworkMembershipStatus'];
export type NetworkEvent = Schemas['NetworkEvent'];
export type NetworkEventSummary = Schemas['NetworkEventSummary'];
export type NetworkEventPage = Schemas['NetworkEventPage'];
export type NetworkEventInput = Schemas['NetworkEventInput'];
export type NetworkEventKind = Schemas['NetworkEventKind'];
export type NetworkAttendance = Schemas['NetworkAttendance'];
export type NetworkAttendanceList = Schemas['NetworkAttendanceList'];
export type NetworkAttendanceInput = Schemas['NetworkAttendanceInput'];
export type NetworkAttendanceStatus = Schemas['NetworkAttendanceStatus'];
export type NetworkStatusReport = Schemas['NetworkStatusReport'];
export type NetworkStatusReportList = Schemas['NetworkStatusReportList'];
export type NetworkStatusReportDraft = Schemas['NetworkStatusReportDraft'];
export type NetworkStatusReportInput = Schemas['NetworkStatusReportInput'];
export type NetworkStatusFigures = Schemas['NetworkStatusFigures'];
export type NetworkDashboard = Schemas['NetworkDashboard'];
export type NetworkMemberStanding = Schemas['NetworkMemberStanding'];
