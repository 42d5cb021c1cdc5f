import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';

import { messageOf } from './validation';

/**
 * A react-hook-form resolver for a zod schema that speaks the app's validation vocabulary: every
 * issue becomes the translated message of its validation key (with its numbers, such as a maximum
 * length), on the issue's full path, so that nested fields (`targets.1.date`) get their own message.
 */
export function useSchemaResolver<Values extends FieldValues>(
  schema: z.ZodType<Values>,
): Resolver<Values> {
  const { t } = useTranslation();
  return (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      return { values: parsed.data, errors: {} };
    }
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const message = messageOf(issue);
      errors[path] ??= {
        type: issue.code,
        message: t(`validation.${message.key}`, message.values),
      };
    }
    return { values: {}, errors: nestErrors(errors) };
  };
}

function nestErrors(flat: Record<string, unknown>): Record<string, never> {
  const nested: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(flat)) {
    const segments = path.split('.');
    let node = nested;
    segments.slice(0, -1).forEach((segment) => {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    });
    node[segments[segments.length - 1] ?? ''] = error;
  }
  return nested as Record<string, never>;
}

/** A react-hook-form form validated by a zod schema; focus goes to the first invalid field. */
export function useSchemaForm<Values extends FieldValues>(
  schema: z.ZodType<Values>,
  defaultValues: DefaultValues<Values>,
): UseFormReturn<Values, unknown, Values> {
  const resolver = useSchemaResolver(schema);
  return useForm<Values, unknown, Values>({ resolver, defaultValues, shouldFocusError: true });
}

/**
 * Puts the field errors of a problem+json answer on the form's fields (matched by the last
 * segment of the server's path); returns whether any field took one. Focuses the first.
 */
export function applyServerFieldErrors<Values extends FieldValues>(
  form: UseFormReturn<Values, unknown, Values>,
  error: unknown,
  fields: readonly Path<Values>[],
): boolean {
  let first = true;
  for (const fieldError of fieldErrorsOf(error)) {
    const field = fields.find((candidate) => candidate === fieldNameOf(fieldError.field));
    if (field) {
      form.setError(field, { type: 'server', message: fieldError.message }, { shouldFocus: first });
      first = false;
    }
  }
  return !first;
}
