import type { ProjectStatus } from './types';

/** The list filters; the same set goes to the export. */
export interface ProjectFilters {
  /** A field-of-action code, built in or an organisation's own. */
  fieldOfAction?: string | undefined;
  status?: ProjectStatus | undefined;
  responsibleStakeholderId?: string | undefined;
  strategyId?: string | undefined;
  organizationId?: string | undefined;
  q?: string | undefined;
}

export const projectKeys = {
  all: ['starter-projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (filters: ProjectFilters) => [...projectKeys.lists(), filters] as const,
  detail: (id: string) => [...projectKeys.all, 'detail', id] as const,
  measure: (projectId: string, measureId: string) =>
    [...projectKeys.all, 'measure', projectId, measureId] as const,
  statusUpdates: (id: string) => [...projectKeys.all, 'status-updates', id] as const,
  // Choices for forms and filters, read from other resources but cached under this feature so
  // that their shape never clashes with another feature's cache entries.
  partyOptions: (organizationId: string) =>
    [...projectKeys.all, 'party-options', organizationId] as const,
  strategyOptions: (organizationId: string) =>
    [...projectKeys.all, 'strategy-options', organizationId] as const,
  /** Every strategy the caller may read, for the list filter. */
  strategyFilterOptions: () => [...projectKeys.all, 'strategy-filter-options'] as const,
  strategyComponents: (strategyId: string) =>
    [...projectKeys.all, 'strategy-components', strategyId] as const,
  strategyIndicators: (strategyId: string) =>
    [...projectKeys.all, 'strategy-indicators', strategyId] as const,
};
