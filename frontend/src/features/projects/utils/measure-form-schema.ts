import { z } from 'zod';

import type { Confidence, Measure, MeasureInput, MeasureStatus } from '../api/types';

import {
  boundsProblem,
  figureBounds,
  formatDecimalInput,
  moneyBounds,
  parseDecimal,
  quantityBounds,
} from './decimal';
import { newRowKey } from './project-form-schema';
import { confidences, measureStatuses } from './project-options';
import { withoutEmpty } from './without-empty';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A number as typed in the given language; negative only where the API allows it. */
function quantity(language: string, { negative = false, bounds = quantityBounds } = {}) {
  return z
    .string()
    .refine((value) => parseDecimal(value, language) !== 'invalid', { message: 'number' })
    .refine(
      (value) => {
        const parsed = parseDecimal(value, language);
        return negative || typeof parsed !== 'number' || parsed >= 0;
      },
      { message: 'nonNegative' },
    )
    .refine((value) => boundsProblem(value, language, bounds) !== 'decimals', {
      message: 'decimals',
    })
    .refine((value) => boundsProblem(value, language, bounds) !== 'tooLarge', {
      message: 'tooLarge',
    });
}

const stepSchema = z.object({
  key: z.string(),
  title: z.string().trim().min(1, { message: 'required' }).max(200),
  done: z.boolean(),
});

/** An estimated yearly contribution to an indicator, in the indicator's unit; may be negative. */
function contributionSchema(language: string) {
  return z.object({
    key: z.string(),
    indicatorId: z.string().min(1, { message: 'indicator' }),
    value: z
      .string()
      .trim()
      .min(1, { message: 'required' })
      .pipe(quantity(language, { negative: true, bounds: figureBounds })),
  });
}

export function measureFormSchema(language: string) {
  return z
    .object({
      title: z.string().trim().min(1, { message: 'required' }).max(200),
      description: z.string().max(4000),
      responsible: z.string().trim().max(200),
      involved: z.string().trim().max(500),
      plannedCompletion: z
        .string()
        .trim()
        .refine(
          (value) => value === '' || (datePattern.test(value) && !Number.isNaN(Date.parse(value))),
          { message: 'date' },
        ),
      status: z.enum(measureStatuses as [MeasureStatus, ...MeasureStatus[]]),
      cost: quantity(language, { bounds: moneyBounds }),
      // A measure may also add emissions: the API accepts negative savings.
      co2eTonnesPerYear: quantity(language, { negative: true }),
      co2eMethod: z.string().trim().max(500),
      co2eConfidence: z.union([
        z.literal(''),
        z.enum(confidences as [Confidence, ...Confidence[]]),
      ]),
      renewableMwhPerYear: quantity(language),
      energyCarrierFrom: z.string().trim().max(100),
      energyCarrierTo: z.string().trim().max(100),
      energyReplacedMwhPerYear: quantity(language),
      materialAvoidedT: quantity(language),
      materialReusedT: quantity(language),
      materialRecycledT: quantity(language),
      steps: z.array(stepSchema).max(100),
      indicatorContributions: z.array(contributionSchema(language)).max(20),
    })
    .superRefine((values, context) => {
      // The API takes one contribution per indicator.
      values.indicatorContributions.forEach((row, index) => {
        const first = values.indicatorContributions.findIndex(
          (other) => other.indicatorId === row.indicatorId,
        );
        if (row.indicatorId !== '' && first < index) {
          context.addIssue({
            code: 'custom',
            path: ['indicatorContributions', index, 'indicatorId'],
            message: 'duplicateIndicator',
          });
        }
      });
    });
}

export type MeasureFormValues = z.input<ReturnType<typeof measureFormSchema>>;
export type MeasureFormField = keyof MeasureFormValues;
export type StepRow = MeasureFormValues['steps'][number];
export type ContributionRow = MeasureFormValues['indicatorContributions'][number];

/** The fields in the order on screen: the first rejected one takes focus. */
export const measureFormFields = [
  'title',
  'description',
  'responsible',
  'involved',
  'plannedCompletion',
  'status',
  'steps',
  'co2eTonnesPerYear',
  'co2eConfidence',
  'co2eMethod',
  'indicatorContributions',
  'renewableMwhPerYear',
  'energyCarrierFrom',
  'energyCarrierTo',
  'energyReplacedMwhPerYear',
  'materialAvoidedT',
  'materialReusedT',
  'materialRecycledT',
  'cost',
] as const satisfies readonly MeasureFormField[];

export function toMeasureFormValues(
  measure: Measure | undefined,
  language: string,
): MeasureFormValues {
  const number = (value: number | undefined) => formatDecimalInput(value, language);
  return {
    title: measure?.title ?? '',
    description: measure?.description ?? '',
    responsible: measure?.responsible ?? '',
    involved: measure?.involved ?? '',
    plannedCompletion: measure?.plannedCompletion ?? '',
    status: measure?.status ?? 'PLANNED',
    cost: number(measure?.cost),
    co2eTonnesPerYear: number(measure?.co2eTonnesPerYear),
    co2eMethod: measure?.co2eMethod ?? '',
    co2eConfidence: measure?.co2eConfidence ?? '',
    renewableMwhPerYear: number(measure?.renewableMwhPerYear),
    energyCarrierFrom: measure?.energyCarrierFrom ?? '',
    energyCarrierTo: measure?.energyCarrierTo ?? '',
    energyReplacedMwhPerYear: number(measure?.energyReplacedMwhPerYear),
    materialAvoidedT: number(measure?.materialAvoidedT),
    materialReusedT: number(measure?.materialReusedT),
    materialRecycledT: number(measure?.materialRecycledT),
    steps: (measure?.steps ?? []).map((step) => ({
      key: newRowKey(),
      title: step.title,
      done: step.done,
    })),
    indicatorContributions: (measure?.indicatorContributions ?? []).map((contribution) => ({
      key: newRowKey(),
      indicatorId: contribution.indicatorId,
      value: number(contribution.value),
    })),
  };
}

/** The request body from checked values; empty fields are left out (PUT empties them). */
export function toMeasureInputFromForm(
  values: z.output<ReturnType<typeof measureFormSchema>>,
  language: string,
): MeasureInput {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const number = (value: string) => {
    const parsed = parseDecimal(value, language);
    return typeof parsed === 'number' ? parsed : undefined;
  };
  const input: MeasureInput = {
    title: values.title,
    description: text(values.description),
    responsible: text(values.responsible),
    involved: text(values.involved),
    plannedCompletion: text(values.plannedCompletion),
    status: values.status,
    cost: number(values.cost),
    co2eTonnesPerYear: number(values.co2eTonnesPerYear),
    co2eMethod: text(values.co2eMethod),
    co2eConfidence: values.co2eConfidence === '' ? undefined : values.co2eConfidence,
    renewableMwhPerYear: number(values.renewableMwhPerYear),
    energyCarrierFrom: text(values.energyCarrierFrom),
    energyCarrierTo: text(values.energyCarrierTo),
    energyReplacedMwhPerYear: number(values.energyReplacedMwhPerYear),
    materialAvoidedT: number(values.materialAvoidedT),
    materialReusedT: number(values.materialReusedT),
    materialRecycledT: number(values.materialRecycledT),
    steps: values.steps.map(({ title, done }) => ({ title, done })),
    // PUT replaces the measure: no rows (left out) removes every contribution.
    indicatorContributions:
      values.indicatorContributions.length > 0
        ? values.indicatorContributions.map(({ indicatorId, value }) => ({
            indicatorId,
            value: number(value) ?? 0,
          }))
        : undefined,
  };
  return withoutEmpty(input);
}
