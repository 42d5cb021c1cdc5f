import type { Confidence, MeasureStatus, ProjectStatus, Raci } from '../api/types';

// Records keyed by the generated unions fail to compile when the API adds or drops a value.

const projectStatusSet: Record<ProjectStatus, true> = {
  IDEA: true,
  SHORTLISTED: true,
  SELECTED: true,
  PREPARATION: true,
  IMPLEMENTATION: true,
  COMPLETED: true,
  SCALED: true,
  ON_HOLD: true,
  CANCELLED: true,
};
/** The board's columns: the main line IDEA … SCALED, then the side states. */
export const projectStatuses = Object.keys(projectStatusSet) as ProjectStatus[];

/** The statuses that need a reason (contract: ProjectStatusChange.reason). */
export type ReasonStatus = Extract<ProjectStatus, 'ON_HOLD' | 'CANCELLED'>;

export function needsReason(status: ProjectStatus): status is ReasonStatus {
  return status === 'ON_HOLD' || status === 'CANCELLED';
}

export function isProjectStatus(value: unknown): value is ProjectStatus {
  return typeof value === 'string' && (projectStatuses as string[]).includes(value);
}

export const projectStatusTone: Record<ProjectStatus, 'neutral' | 'info' | 'success' | 'muted'> = {
  IDEA: 'neutral',
  SHORTLISTED: 'neutral',
  SELECTED: 'info',
  PREPARATION: 'info',
  IMPLEMENTATION: 'info',
  COMPLETED: 'success',
  SCALED: 'success',
  ON_HOLD: 'muted',
  CANCELLED: 'muted',
};

// Fields of action are shared vocabulary: built-ins plus each organisation's own.
export {
  fieldsOfAction,
  isFieldOfAction,
  isFieldOfActionCode,
  sectors,
  visibilities,
} from '@/lib/vocabulary/vocabulary';

const raciSet: Record<Raci, true> = {
  RESPONSIBLE: true,
  ACCOUNTABLE: true,
  CONSULTED: true,
  INFORMED: true,
};
export const raciRoles = Object.keys(raciSet) as Raci[];

const measureStatusSet: Record<MeasureStatus, true> = {
  PLANNED: true,
  IN_PROGRESS: true,
  DONE: true,
  CANCELLED: true,
};
export const measureStatuses = Object.keys(measureStatusSet) as MeasureStatus[];

export const measureStatusTone: Record<MeasureStatus, 'neutral' | 'info' | 'success' | 'muted'> = {
  PLANNED: 'neutral',
  IN_PROGRESS: 'info',
  DONE: 'success',
  CANCELLED: 'muted',
};

const confidenceSet: Record<Confidence, true> = { LOW: true, MEDIUM: true, HIGH: true };
export const confidences = Object.keys(confidenceSet) as Confidence[];
