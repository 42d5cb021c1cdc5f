import type { WorkshopStatus } from './types';

export interface WorkshopFilters {
  status?: WorkshopStatus | undefined;
  q?: string | undefined;
}

export const workshopKeys = {
  all: ['workshops'] as const,
  lists: () => [...workshopKeys.all, 'list'] as const,
  list: (filters: WorkshopFilters) => [...workshopKeys.lists(), filters] as const,
  detail: (id: string) => [...workshopKeys.all, 'detail', id] as const,
  followUps: (id: string) => [...workshopKeys.detail(id), 'follow-ups'] as const,
  participants: (id: string) => [...workshopKeys.all, 'participants', id] as const,
  outcomes: (id: string) => [...workshopKeys.all, 'outcomes', id] as const,
  allStakeholderSearches: () => [...workshopKeys.all, 'stakeholder-search'] as const,
  stakeholderSearch: (organizationId: string, q: string) =>
    [...workshopKeys.allStakeholderSearches(), organizationId, q] as const,
};
