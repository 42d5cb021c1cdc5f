import type {
  ComponentStatus,
  ComponentType,
  Contribution,
  IndicatorDirection,
  IndicatorKind,
  ProgressStatus,
  ValueKind,
} from '@/lib/api/types';

// Records keyed by the generated unions fail to compile when the API adds or drops a value.

/** The model approach's building blocks, in the order the approach presents them. */
const typeSet: Record<ComponentType, true> = {
  VISION: true,
  GOAL: true,
  STRATEGY: true,
  PROCESS: true,
  STRUCTURE: true,
  INSTRUMENT: true,
  PRODUCT: true,
};
export const componentTypes = Object.keys(typeSet) as ComponentType[];

const statusSet: Record<ComponentStatus, true> = {
  DRAFT: true,
  AGREED: true,
  IN_PROGRESS: true,
  DONE: true,
};
export const componentStatuses = Object.keys(statusSet) as ComponentStatus[];

const contributionSet: Record<Contribution, true> = { STRONG: true, MODERATE: true, WEAK: true };
export const contributions = Object.keys(contributionSet) as Contribution[];

const kindSet: Record<IndicatorKind, true> = { OUTPUT: true, OUTCOME: true, IMPACT: true };
export const indicatorKinds = Object.keys(kindSet) as IndicatorKind[];

const directionSet: Record<IndicatorDirection, true> = { INCREASE: true, DECREASE: true };
export const indicatorDirections = Object.keys(directionSet) as IndicatorDirection[];

const valueKindSet: Record<ValueKind, true> = { ACTUAL: true, ESTIMATE: true };
export const valueKinds = Object.keys(valueKindSet) as ValueKind[];

export const progressTone: Record<ProgressStatus, 'success' | 'info' | 'warning' | 'muted'> = {
  ACHIEVED: 'success',
  ON_TRACK: 'info',
  OFF_TRACK: 'warning',
  NO_DATA: 'muted',
  NO_TARGET: 'muted',
};

function isOneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isComponentType = isOneOf(componentTypes);
export const isComponentStatus = isOneOf(componentStatuses);
export const isContribution = isOneOf(contributions);
export const isIndicatorKind = isOneOf(indicatorKinds);
export const isIndicatorDirection = isOneOf(indicatorDirections);
export const isValueKind = isOneOf(valueKinds);
