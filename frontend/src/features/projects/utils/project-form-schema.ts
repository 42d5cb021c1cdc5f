import { z } from 'zod';

import type { Visibility } from '@/lib/api/types';

import type { Raci, StarterProject, StarterProjectInput } from '../api/types';

import { boundsProblem, formatDecimalInput, moneyBounds, parseDecimal } from './decimal';
import { isFieldOfActionCode, raciRoles, visibilities } from './project-options';
import { withoutEmpty } from './without-empty';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

const optionalDate = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || (datePattern.test(value) && !Number.isNaN(Date.parse(value))),
    {
      message: 'date',
    },
  );

/** A non-negative amount as typed in the given language. */
function amount(language: string) {
  return z
    .string()
    .refine((value) => parseDecimal(value, language) !== 'invalid', { message: 'number' })
    .refine(
      (value) => {
        const parsed = parseDecimal(value, language);
        return typeof parsed !== 'number' || parsed >= 0;
      },
      { message: 'nonNegative' },
    )
    .refine((value) => boundsProblem(value, language, moneyBounds) !== 'decimals', {
      message: 'decimals',
    })
    .refine((value) => boundsProblem(value, language, moneyBounds) !== 'tooLarge', {
      message: 'tooLarge',
    });
}

const partySchema = z.object({
  key: z.string(),
  stakeholderId: z.string().min(1, { message: 'stakeholder' }),
  role: z.enum(raciRoles as [Raci, ...Raci[]]),
});

/** What the form holds: strings as typed, parsed and checked before anything is sent. */
export function projectFormSchema(language: string) {
  return z
    .object({
      organizationId: z.string(),
      title: z.string().trim().min(1, { message: 'required' }).max(200),
      summary: z.string().max(4000),
      fieldsOfAction: z.array(z.string().refine(isFieldOfActionCode)).max(20),
      strategyId: z.string(),
      componentIds: z.array(z.string()).max(50),
      startDate: optionalDate,
      plannedCompletion: optionalDate,
      actualCompletion: optionalDate,
      budgetPlanned: amount(language),
      budgetActual: amount(language),
      fundingSource: z.string().trim().max(200),
      parties: z.array(partySchema).max(100),
      visibility: z.enum(visibilities as [Visibility, ...Visibility[]]),
      externalId: z.string().trim().max(200),
    })
    .superRefine((values, context) => {
      const start = values.startDate;
      for (const field of ['plannedCompletion', 'actualCompletion'] as const) {
        const end = values[field];
        if (datePattern.test(start) && datePattern.test(end) && end < start) {
          context.addIssue({ code: 'custom', path: [field], message: 'dateOrder' });
        }
      }
    });
}

export type ProjectFormValues = z.input<ReturnType<typeof projectFormSchema>>;
export type PartyRow = ProjectFormValues['parties'][number];

/** Top-level fields, for matching server field errors. */
export const projectFormFields = [
  'organizationId',
  'title',
  'summary',
  'fieldsOfAction',
  'strategyId',
  'componentIds',
  'startDate',
  'plannedCompletion',
  'actualCompletion',
  'budgetPlanned',
  'budgetActual',
  'fundingSource',
  'parties',
  'visibility',
  'externalId',
] as const satisfies readonly (keyof ProjectFormValues)[];

let rowCounter = 0;

/** A key that identifies a row of an editable list while rows are added, moved and removed. */
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function toProjectFormValues(
  project: StarterProject | undefined,
  language: string,
  organizationId = '',
): ProjectFormValues {
  return {
    organizationId: project?.organizationId ?? organizationId,
    title: project?.title ?? '',
    summary: project?.summary ?? '',
    // Custom codes stay: the form offers the owner's own fields beside the built-ins.
    fieldsOfAction: project?.fieldsOfAction ?? [],
    strategyId: project?.strategyId ?? '',
    componentIds: [...(project?.componentIds ?? [])],
    startDate: project?.startDate ?? '',
    plannedCompletion: project?.plannedCompletion ?? '',
    actualCompletion: project?.actualCompletion ?? '',
    budgetPlanned: formatDecimalInput(project?.budgetPlanned, language),
    budgetActual: formatDecimalInput(project?.budgetActual, language),
    fundingSource: project?.fundingSource ?? '',
    parties: (project?.parties ?? []).map((party) => ({
      key: newRowKey(),
      stakeholderId: party.stakeholderId,
      role: party.role,
    })),
    visibility: project?.visibility ?? 'PRIVATE',
    externalId: project?.externalId ?? '',
  };
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function amountOrUndefined(value: string, language: string): number | undefined {
  const parsed = parseDecimal(value, language);
  return typeof parsed === 'number' ? parsed : undefined;
}

interface ToProjectInputOptions {
  language: string;
  /** organizationId goes only into a create. */
  creating: boolean;
}

/**
 * The request body, from values that passed {@link projectFormSchema}. PUT replaces the project, so
 * empty fields are left out (the API empties what is absent) and unedited parts are sent back.
 */
export function toProjectInput(
  values: z.output<ReturnType<typeof projectFormSchema>>,
  { language, creating }: ToProjectInputOptions,
): StarterProjectInput {
  const input: StarterProjectInput = {
    organizationId: creating ? blankToUndefined(values.organizationId) : undefined,
    strategyId: blankToUndefined(values.strategyId),
    title: values.title,
    summary: blankToUndefined(values.summary.trim()),
    fieldsOfAction: values.fieldsOfAction,
    // Links are parts of the strategy: without one there is nothing to link to.
    componentIds:
      values.strategyId !== '' && values.componentIds.length > 0
        ? [...values.componentIds]
        : undefined,
    startDate: blankToUndefined(values.startDate),
    plannedCompletion: blankToUndefined(values.plannedCompletion),
    actualCompletion: blankToUndefined(values.actualCompletion),
    budgetPlanned: amountOrUndefined(values.budgetPlanned, language),
    budgetActual: amountOrUndefined(values.budgetActual, language),
    fundingSource: blankToUndefined(values.fundingSource),
    parties: values.parties.map(({ stakeholderId, role }) => ({ stakeholderId, role })),
    visibility: values.visibility,
    externalId: blankToUndefined(values.externalId),
  };
  return withoutEmpty(input);
}
