export interface AnalysisFilters {
  strategyId?: string | undefined;
}

export const analysisKeys = {
  all: ['stakeholder-analyses'] as const,
  lists: () => [...analysisKeys.all, 'list'] as const,
  list: (filters: AnalysisFilters) => [...analysisKeys.lists(), filters] as const,
  detail: (id: string) => [...analysisKeys.all, 'detail', id] as const,
  ratings: (id: string) => [...analysisKeys.all, 'ratings', id] as const,
  /** The analysed strategy's title and owner, read for headings and permissions. */
  /** The owner's stakeholder register, the choice of whom to rate. */
  register: (organizationId: string) => [...analysisKeys.all, 'register', organizationId] as const,
};
