import type { AnalysisMethod, AnalysisStatus, Engagement } from '@/lib/api/types';

// Records keyed by the generated unions fail to compile when the API adds or drops a value.
const methodSet: Record<AnalysisMethod, true> = {
  WORKSHOP: true,
  INTERVIEWS: true,
  SURVEY: true,
  DESK_RESEARCH: true,
  MIXED: true,
};
export const analysisMethods = Object.keys(methodSet) as AnalysisMethod[];

export const statusTone: Record<AnalysisStatus, 'neutral' | 'info' | 'success'> = {
  PLANNED: 'neutral',
  IN_PROGRESS: 'info',
  COMPLETED: 'success',
};
export const analysisStatuses = Object.keys(statusTone) as AnalysisStatus[];

/** From least to most engaged (contract: Engagement). */
export const engagementLevels: readonly Engagement[] = [
  'UNAWARE',
  'RESISTANT',
  'NEUTRAL',
  'SUPPORTIVE',
  'LEADING',
];

export const scale = [1, 2, 3, 4, 5] as const;
export const attitudes = [-2, -1, 0, 1, 2] as const;

export function isAnalysisMethod(value: unknown): value is AnalysisMethod {
  return typeof value === 'string' && (analysisMethods as string[]).includes(value);
}

export function isAnalysisStatus(value: unknown): value is AnalysisStatus {
  return typeof value === 'string' && (analysisStatuses as string[]).includes(value);
}

export function isEngagement(value: unknown): value is Engagement {
  return typeof value === 'string' && (engagementLevels as string[]).includes(value);
}
