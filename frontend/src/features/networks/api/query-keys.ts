export const networkKeys = {
  all: ['networks'] as const,
  lists: () => [...networkKeys.all, 'list'] as const,
  detail: (id: string) => [...networkKeys.all, 'detail', id] as const,
  members: (id: string) => [...networkKeys.all, 'members', id] as const,
  invitations: () => [...networkKeys.all, 'invitations'] as const,
  events: (networkId: string) => [...networkKeys.all, 'events', networkId] as const,
  event: (networkId: string, eventId: string) =>
    [...networkKeys.events(networkId), 'detail', eventId] as const,
  attendance: (networkId: string, eventId: string) =>
    [...networkKeys.all, 'attendance', networkId, eventId] as const,
  reports: (networkId: string, eventId: string) =>
    [...networkKeys.all, 'reports', networkId, eventId] as const,
  draft: (networkId: string, eventId: string) =>
    [...networkKeys.all, 'report-draft', networkId, eventId] as const,
  dashboard: (networkId: string) => [...networkKeys.all, 'dashboard', networkId] as const,
  assignments: (networkId: string) => [...networkKeys.all, 'advisors', networkId] as const,
  checkIns: (networkId: string, assignmentId: string) =>
    [...networkKeys.assignments(networkId), 'check-ins', assignmentId] as const,
  portfolio: () => [...networkKeys.all, 'advisor-portfolio'] as const,
};
