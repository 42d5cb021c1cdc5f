import { useEffect } from 'react';
import {
  get,
  set,
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';

import { fieldErrorsOf } from '@/lib/api/errors';

import { serverPathMessages, type PathMessage, type PathMessages } from './path-messages';
import { applyServerFieldErrors } from './schema-form';

type SchemaForm<Values extends FieldValues> = UseFormReturn<Values, unknown, Values>;

/**
 * How a feature with its own validation vocabulary (a translation namespace of its own) turns a
 * failed parse into messages by path, and renders one of them.
 */
export interface PathVocabulary<Key extends string> {
  messagesOf: (error: z.ZodError) => PathMessages<Key>;
  render: (message: PathMessage<Key> | string | undefined) => string | undefined;
}

/**
 * A react-hook-form form validated by a zod schema whose messages come from the feature's own
 * vocabulary (see path-messages.ts); nested rows get their own message. Rows added after the
 * form mounted register last, so react-hook-form's own focus would not follow the screen: pass
 * `onInvalid={() => { focusFirstInvalidAfterRender(formRef); }}` to handleSubmit instead. Forms
 * speaking the common vocabulary use `useSchemaForm`.
 */
export function usePathSchemaForm<Values extends FieldValues, Key extends string>(
  schema: z.ZodType<Values>,
  defaultValues: DefaultValues<Values>,
  vocabulary: PathVocabulary<Key>,
): SchemaForm<Values> {
  const resolver: Resolver<Values> = (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      return { values: parsed.data, errors: {} };
    }
    const errors: FieldErrors<Values> = {};
    for (const [path, message] of Object.entries(vocabulary.messagesOf(parsed.error))) {
      set(errors, path, { type: 'validation', message: vocabulary.render(message) });
    }
    return { values: {}, errors };
  };
  return useForm<Values, unknown, Values>({ resolver, defaultValues, shouldFocusError: false });
}

/** The message of a field by path ("title", "parties.0.stakeholderId"), for list editors. */
export function errorMessageAt<Values extends FieldValues>(
  form: SchemaForm<Values>,
  path: string,
): string | undefined {
  const error: unknown = get(form.formState.errors, path);
  const message: unknown =
    error && typeof error === 'object' && 'message' in error ? error.message : undefined;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/**
 * Puts the field errors of a problem+json answer on the fields by their full path (list rows
 * included: "create.input.parties[0].stakeholderId" lands on "parties.0.stakeholderId") and
 * focuses the first in the order of `fields` (the order on screen). Returns whether any field
 * took one.
 */
export function applyServerPathErrors<Values extends FieldValues>(
  form: SchemaForm<Values>,
  error: unknown,
  fields: readonly string[],
): boolean {
  const rank = (path: string) => fields.indexOf(path.split('.')[0] ?? '');
  const messages = Object.entries(serverPathMessages(fieldErrorsOf(error), fields)).sort(
    ([left], [right]) => rank(left) - rank(right),
  );
  messages.forEach(([path, message], index) => {
    form.setError(
      path as Path<Values>,
      { type: 'server', message: typeof message === 'string' ? message : '' },
      { shouldFocus: index === 0 },
    );
  });
  return messages.length > 0;
}

/**
 * For forms whose parent runs the request: whenever a failed answer arrives, its field errors go
 * onto the fields (by name, or by full path for forms with lists), and the first rejected field in
 * the order of `fields` (the order on screen) takes focus.
 */
export function useServerFieldErrors<Values extends FieldValues>(
  form: SchemaForm<Values>,
  serverError: unknown,
  fields: readonly Path<Values>[],
  { byPath = false }: { byPath?: boolean } = {},
): void {
  useEffect(() => {
    if (!serverError) {
      return;
    }
    if (byPath) {
      applyServerPathErrors(form, serverError, fields);
      return;
    }
    if (applyServerFieldErrors(form, serverError, fields)) {
      const first = fields.find((field) => form.getFieldState(field).error);
      if (first) {
        form.setFocus(first);
      }
    }
  }, [form, serverError, fields, byPath]);
}
