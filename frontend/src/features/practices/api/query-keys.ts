import type { PopulationBand, PracticeMaturity } from './types';

/** The library's query and filters, as the URL holds them. */
export interface PracticeFilters {
  q?: string | undefined;
  fieldOfAction?: string | undefined;
  country?: string | undefined;
  populationBand?: PopulationBand | undefined;
  maturity?: PracticeMaturity | undefined;
  networkId?: string | undefined;
}

export const practiceKeys = {
  all: ['practices'] as const,
  lists: () => [...practiceKeys.all, 'list'] as const,
  list: (filters: PracticeFilters) => [...practiceKeys.lists(), filters] as const,
  ofProject: (projectId: string) => [...practiceKeys.lists(), 'project', projectId] as const,
  detail: (id: string) => [...practiceKeys.all, 'detail', id] as const,
  adoptions: (id: string) => [...practiceKeys.all, 'adoptions', id] as const,
  comments: (id: string) => [...practiceKeys.all, 'comments', id] as const,
};
