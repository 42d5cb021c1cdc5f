import { z } from 'zod';

import type { Indicator, IndicatorInput, MeasuredValue } from '@/lib/api/types';

import { parseDecimal, formatDecimalInput } from './numbers';
import { isIndicatorDirection, isIndicatorKind } from './outline-options';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  return datePattern.test(value) && !Number.isNaN(Date.parse(value));
}

const measured = z.object({ value: z.string(), date: z.string() });
type MeasuredFormValue = z.infer<typeof measured>;

function isBlank({ value, date }: MeasuredFormValue): boolean {
  return value.trim() === '' && date.trim() === '';
}

function checkMeasured(item: MeasuredFormValue): 'pair' | 'number' | 'date' | undefined {
  if (item.value.trim() === '' || item.date.trim() === '') {
    return 'pair';
  }
  if (parseDecimal(item.value) === undefined) {
    return 'number';
  }
  return isDate(item.date.trim()) ? undefined : 'date';
}

export const indicatorFormSchema = z
  .object({
    componentId: z.string().min(1, { message: 'choose' }),
    name: z.string().trim().min(1, { message: 'required' }).max(200),
    unit: z.string().trim().min(1, { message: 'required' }).max(50),
    kind: z.string().refine(isIndicatorKind, { message: 'choose' }),
    direction: z.string().refine(isIndicatorDirection, { message: 'choose' }),
    baseline: measured,
    targets: z.array(measured).max(20),
    source: z.string().trim().max(500),
    externalId: z.string().trim().max(200),
  })
  .superRefine((values, context) => {
    if (!isBlank(values.baseline)) {
      const problem = checkMeasured(values.baseline);
      if (problem) {
        context.addIssue({ code: 'custom', path: ['baseline'], message: problem });
      }
    }
    for (const target of values.targets.filter((item) => !isBlank(item))) {
      const problem = checkMeasured(target);
      if (problem) {
        context.addIssue({ code: 'custom', path: ['targets'], message: problem });
        break;
      }
    }
  });

export type IndicatorFormValues = z.input<typeof indicatorFormSchema>;
export type IndicatorFormField = keyof IndicatorFormValues;

export const indicatorFormFields: readonly IndicatorFormField[] = [
  'componentId',
  'name',
  'unit',
  'kind',
  'direction',
  'baseline',
  'targets',
  'source',
  'externalId',
];

function toMeasuredForm(value: MeasuredValue | undefined, language: string): MeasuredFormValue {
  return value
    ? { value: formatDecimalInput(value.value, language), date: value.date }
    : { value: '', date: '' };
}

export function toIndicatorFormValues(
  indicator: Indicator | undefined,
  componentId: string,
  language: string,
): IndicatorFormValues {
  return {
    componentId: indicator?.componentId ?? componentId,
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    kind: indicator?.kind ?? '',
    direction: indicator?.direction ?? '',
    baseline: toMeasuredForm(indicator?.baseline, language),
    targets: indicator?.targets.map((target) => toMeasuredForm(target, language)) ?? [
      { value: '', date: '' },
    ],
    source: indicator?.source ?? '',
    externalId: indicator?.externalId ?? '',
  };
}

function toMeasured(item: MeasuredFormValue): MeasuredValue | undefined {
  const value = parseDecimal(item.value);
  return value === undefined || item.date.trim() === ''
    ? undefined
    : { value, date: item.date.trim() };
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** The request body; rows left completely empty are dropped, targets go in date order. */
export function toIndicatorInput(values: IndicatorFormValues): IndicatorInput {
  if (!isIndicatorKind(values.kind) || !isIndicatorDirection(values.direction)) {
    throw new Error('The schema lets only known kinds and directions pass.');
  }
  return {
    componentId: values.componentId,
    name: values.name,
    unit: values.unit,
    kind: values.kind,
    direction: values.direction,
    baseline: toMeasured(values.baseline),
    targets: values.targets
      .map(toMeasured)
      .filter((target): target is MeasuredValue => target !== undefined)
      .sort((a, b) => a.date.localeCompare(b.date)),
    source: blankToUndefined(values.source),
    externalId: blankToUndefined(values.externalId),
  };
}
