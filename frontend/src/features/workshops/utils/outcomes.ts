import type { WorkshopOutcome, WorkshopOutcomeInput, WorkshopOutcomeType } from '../api/types';

const typeSet: Record<WorkshopOutcomeType, true> = {
  IDEA: true,
  DECISION: true,
  GOAL_PROPOSAL: true,
  PROJECT_PROPOSAL: true,
  RISK: true,
  OPEN_QUESTION: true,
};
/** The order of the capture form's choices and of the groups in the list. */
export const outcomeTypes = Object.keys(typeSet) as WorkshopOutcomeType[];

export function isOutcomeType(value: unknown): value is WorkshopOutcomeType {
  return typeof value === 'string' && (outcomeTypes as string[]).includes(value);
}

export const PROJECT_TITLE_MAX = 200;

/** Ideas and project proposals may become starter projects, once. */
export function canBecomeProject(outcome: WorkshopOutcome): boolean {
  return !outcome.convertedTo && (outcome.type === 'IDEA' || outcome.type === 'PROJECT_PROPOSAL');
}

/** Goal proposals may become goals of the strategy the workshop works on, once. */
export function canBecomeGoal(outcome: WorkshopOutcome, strategyId: string | undefined): boolean {
  return !outcome.convertedTo && outcome.type === 'GOAL_PROPOSAL' && Boolean(strategyId);
}

/** A title proposal from the outcome's text: its first line, shortened to what a title holds. */
export function titleFrom(text: string): string {
  const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
  return firstLine.length > PROJECT_TITLE_MAX
    ? `${firstLine.slice(0, PROJECT_TITLE_MAX - 1).trimEnd()}…`
    : firstLine;
}

/** The input that keeps everything of an outcome but what the patch changes. */
export function outcomeInput(
  outcome: WorkshopOutcome,
  patch: Partial<WorkshopOutcomeInput> = {},
): WorkshopOutcomeInput {
  return {
    type: outcome.type,
    text: outcome.text,
    votes: outcome.votes,
    priority: outcome.priority,
    ...patch,
  };
}

/** "" for no priority; otherwise 1 (highest) to 5. */
export function priorityOf(value: string): number | undefined {
  const priority = Number(value);
  return value !== '' && Number.isInteger(priority) && priority >= 1 && priority <= 5
    ? priority
    : undefined;
}

const SHORT_TEXT_MAX = 60;

/** The outcome's text short enough to name it in a button's accessible name. */
export function shortText(text: string): string {
  const oneLine = text.trim().replace(/\s+/g, ' ');
  return oneLine.length > SHORT_TEXT_MAX
    ? `${oneLine.slice(0, SHORT_TEXT_MAX - 1).trimEnd()}…`
    : oneLine;
}
