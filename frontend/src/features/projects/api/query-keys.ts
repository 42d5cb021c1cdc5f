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
  strategyComponents: (strategyId: string) =>
    [...projectKeys.all, 'strategy-components', strategyId] as const,
  strategyIndicators: (strategyId: string) =>
    [...projectKeys.all, 'strategy-indicators', strategyId] as const,
};
