import { z } from 'zod';

import type { Strategy, StrategyInput, Visibility } from '@/lib/api/types';

import { visibilities } from './strategy-options';

const yearPattern = /^\d{4}$/;

// The API accepts years 1990..2100 (StrategyInput.periodFrom/periodTo).
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

const optionalYear = z
  .string()
  .trim()
  .refine((value) => value === '' || yearPattern.test(value), { message: 'year' })
  .refine(
    (value) => !yearPattern.test(value) || (Number(value) >= YEAR_MIN && Number(value) <= YEAR_MAX),
    { message: 'yearRange', params: { min: YEAR_MIN, max: YEAR_MAX } },
  );

/** What the form holds: strings as typed, parsed and checked before anything is sent. */
export const strategyFormSchema = z
  .object({
    organizationId: z.string(),
    title: z.string().trim().min(1, { message: 'required' }).max(200),
    summary: z.string().max(4000),
    periodFrom: optionalYear,
    periodTo: optionalYear,
    visibility: z.enum(visibilities as [Visibility, ...Visibility[]]),
    externalId: z.string().trim().max(200),
  })
  .superRefine((values, context) => {
    if (
      yearPattern.test(values.periodFrom) &&
      yearPattern.test(values.periodTo) &&
      Number(values.periodTo) < Number(values.periodFrom)
    ) {
      context.addIssue({ code: 'custom', path: ['periodTo'], message: 'periodOrder' });
    }
  });

export type StrategyFormValues = z.input<typeof strategyFormSchema>;
export type StrategyFormField = keyof StrategyFormValues;

export const strategyFormFields: readonly StrategyFormField[] = [
  'organizationId',
  'title',
  'summary',
  'periodFrom',
  'periodTo',
  'visibility',
  'externalId',
];

export function toFormValues(
  strategy: Strategy | undefined,
  organizationId = '',
): StrategyFormValues {
  return {
    organizationId: strategy?.organizationId ?? organizationId,
    title: strategy?.title ?? '',
    summary: strategy?.summary ?? '',
    periodFrom: strategy?.periodFrom?.toString() ?? '',
    periodTo: strategy?.periodTo?.toString() ?? '',
    visibility: strategy?.visibility ?? 'PRIVATE',
    externalId: strategy?.externalId ?? '',
  };
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function yearOrUndefined(value: string): number | undefined {
  return value === '' ? undefined : Number(value);
}

/**
 * The request body, from values that passed {@link strategyFormSchema}. Empty fields are left
 * out: PUT is a full update, and the API empties fields that are absent.
 */
export function toStrategyInput(values: z.output<typeof strategyFormSchema>): StrategyInput {
  return {
    organizationId: blankToUndefined(values.organizationId),
    title: values.title,
    summary: blankToUndefined(values.summary.trim()),
    periodFrom: yearOrUndefined(values.periodFrom),
    periodTo: yearOrUndefined(values.periodTo),
    visibility: values.visibility,
    externalId: blankToUndefined(values.externalId),
  };
}

export const adoptionFormSchema = z.object({
  decisionBody: z.string().trim().min(1, { message: 'required' }).max(200),
  decidedOn: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: 'date',
    }),
  reference: z.string().trim().min(1, { message: 'required' }).max(200),
  /** The recorded council decision that adopted it, or '' for none. */
  decisionId: z.string(),
});

export type AdoptionFormValues = z.input<typeof adoptionFormSchema>;
export type AdoptionFormField = keyof AdoptionFormValues;
export const adoptionFormFields: readonly AdoptionFormField[] = [
  'decisionBody',
  'decidedOn',
  'reference',
  'decisionId',
];
