import { z } from 'zod';

import type { Strategy, StrategyInput, Visibility } from '@/lib/api/types';

import { visibilities } from './strategy-options';

const yearPattern = /^\d{4}$/;

const optionalYear = z
  .string()
  .trim()
  .refine((value) => value === '' || yearPattern.test(value), { message: 'year' });

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

function blankToNull(value: string): string | null {
  return value === '' ? null : value;
}

function yearOrNull(value: string): number | null {
  return value === '' ? null : Number(value);
}

/** The request body, from values that passed {@link strategyFormSchema}. */
export function toStrategyInput(values: z.output<typeof strategyFormSchema>): StrategyInput {
  return {
    organizationId: blankToNull(values.organizationId),
    title: values.title,
    summary: blankToNull(values.summary.trim()),
    periodFrom: yearOrNull(values.periodFrom),
    periodTo: yearOrNull(values.periodTo),
    visibility: values.visibility,
    externalId: blankToNull(values.externalId),
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
});

export type AdoptionFormValues = z.input<typeof adoptionFormSchema>;
export type AdoptionFormField = keyof AdoptionFormValues;
export const adoptionFormFields: readonly AdoptionFormField[] = [
  'decisionBody',
  'decidedOn',
  'reference',
];
