import { z } from 'zod';

import type { StakeholderAnalysis, StakeholderAnalysisInput, Visibility } from '@/lib/api/types';
import { visibilities } from '@/lib/vocabulary/vocabulary';

import { isAnalysisMethod, isAnalysisStatus } from './analysis-options';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export const analysisFormSchema = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(200),
  method: z.string().refine(isAnalysisMethod, { message: 'choose' }),
  conductedOn: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || (datePattern.test(value) && !Number.isNaN(Date.parse(value))),
      { message: 'date' },
    ),
  status: z.string().refine(isAnalysisStatus, { message: 'choose' }),
  facilitator: z.string().trim().max(200),
  visibility: z.enum(visibilities as [Visibility, ...Visibility[]]),
  externalId: z.string().trim().max(200),
});

export type AnalysisFormValues = z.input<typeof analysisFormSchema>;
export type AnalysisFormField = keyof AnalysisFormValues;

export const analysisFormFields: readonly AnalysisFormField[] = [
  'title',
  'method',
  'conductedOn',
  'status',
  'facilitator',
  'visibility',
  'externalId',
];

export function toAnalysisFormValues(analysis?: StakeholderAnalysis): AnalysisFormValues {
  return {
    title: analysis?.title ?? '',
    method: analysis?.method ?? '',
    conductedOn: analysis?.conductedOn ?? '',
    status: analysis?.status ?? 'PLANNED',
    facilitator: analysis?.facilitator ?? '',
    visibility: analysis?.visibility ?? 'PRIVATE',
    externalId: analysis?.externalId ?? '',
  };
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/**
 * The request body from values that passed {@link analysisFormSchema}; the strategy is fixed by
 * the route (create) or the analysis (update).
 */
export function toAnalysisInput(
  values: AnalysisFormValues,
  strategyId: string,
): StakeholderAnalysisInput {
  if (!isAnalysisMethod(values.method) || !isAnalysisStatus(values.status)) {
    throw new Error('The schema lets only known methods and statuses pass.');
  }
  return {
    strategyId,
    title: values.title,
    method: values.method,
    conductedOn: blankToUndefined(values.conductedOn),
    status: values.status,
    facilitator: blankToUndefined(values.facilitator),
    visibility: values.visibility,
    externalId: blankToUndefined(values.externalId),
  };
}
