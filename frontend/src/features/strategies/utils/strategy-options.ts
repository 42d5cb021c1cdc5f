import type { StrategyStatus, Visibility } from '@/lib/api/types';

/** Allowed status transitions (contract); anything else the API answers with 422. */
export const statusTransitions: Record<StrategyStatus, readonly StrategyStatus[]> = {
  DRAFT: ['IN_REVIEW'],
  IN_REVIEW: ['DRAFT', 'ADOPTED'],
  ADOPTED: ['IN_REVISION', 'SUPERSEDED'],
  IN_REVISION: ['ADOPTED', 'SUPERSEDED'],
  SUPERSEDED: [],
};

export const strategyStatuses = Object.keys(statusTransitions) as StrategyStatus[];

// A Record keyed by the generated union fails to compile when the API adds or drops a value.
const visibilitySet: Record<Visibility, true> = { PRIVATE: true, NETWORK: true, PUBLIC: true };
export const visibilities = Object.keys(visibilitySet) as Visibility[];

export function isStrategyStatus(value: unknown): value is StrategyStatus {
  return typeof value === 'string' && (strategyStatuses as string[]).includes(value);
}

export const statusTone: Record<
  StrategyStatus,
  'neutral' | 'info' | 'success' | 'warning' | 'muted'
> = {
  DRAFT: 'neutral',
  IN_REVIEW: 'info',
  ADOPTED: 'success',
  IN_REVISION: 'warning',
  SUPERSEDED: 'muted',
};
