import { z } from 'zod';

import type { IndicatorValueInput } from '@/lib/api/types';

import { parseDecimal } from './numbers';
import { isValueKind } from './outline-options';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export const valueFormSchema = z.object({
  observedOn: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .refine((value) => datePattern.test(value) && !Number.isNaN(Date.parse(value)), {
      message: 'date',
    }),
  value: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .refine((value) => parseDecimal(value) !== undefined, { message: 'number' }),
  kind: z.string().refine(isValueKind, { message: 'choose' }),
});

export type ValueFormValues = z.input<typeof valueFormSchema>;
export type ValueFormField = keyof ValueFormValues;
export const valueFormFields: readonly ValueFormField[] = ['observedOn', 'value', 'kind'];

/** The request body, from values that passed {@link valueFormSchema} (checked again for the types). */
export function toValueInput(values: ValueFormValues): IndicatorValueInput {
  const value = parseDecimal(values.value);
  if (value === undefined || !isValueKind(values.kind)) {
    throw new Error('The schema lets only numbers and known kinds pass.');
  }
  return { observedOn: values.observedOn, value, kind: values.kind };
}
