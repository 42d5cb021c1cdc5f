import { useEffect, useRef, type RefObject } from 'react';
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
import type { FieldError } from '@/lib/api/types';

import { focusFirstInvalidAfterRender } from './validation';

/** Messages by field path ("facilitators.0.role"), already in the user's language. */
export type MessagesByPath = Partial<Record<string, string>>;

/**
 * A react-hook-form form validated by a zod schema whose messages come from a feature's own
 * vocabulary: `messagesOf` turns a failed parse into messages by path. Focus goes to the first
 * invalid field. (Forms that speak the common vocabulary use `useSchemaForm`.)
 */
export function useSchemaFormWithMessages<Values extends FieldValues>(
  schema: z.ZodType<Values>,
  defaultValues: DefaultValues<Values>,
  messagesOf: (error: z.ZodError) => MessagesByPath,
): UseFormReturn<Values, unknown, Values> {
  const resolver: Resolver<Values> = (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      return { values: parsed.data, errors: {} };
    }
    const errors: FieldErrors<Values> = {};
    for (const [path, message] of Object.entries(messagesOf(parsed.error))) {
      set(errors, path, { type: 'validation', message });
    }
    return { values: {}, errors };
  };
  return useForm<Values, unknown, Values>({ resolver, defaultValues, shouldFocusError: true });
}

/**
 * Keeps the field errors of the latest failed request on the form: whenever `serverError`
 * changes, the previous answer's messages go and the new ones land on their paths (as
 * `messagesOf` maps them), and the keyboard moves to the first invalid control of the form in
 * page order - also for groups (a list, a radio group) that have no single input of their own.
 */
export function useServerFieldErrors<Values extends FieldValues>(
  form: UseFormReturn<Values, unknown, Values>,
  formRef: RefObject<HTMLFormElement | null>,
  serverError: unknown,
  /**
   * Server messages by path, e.g. `serverFieldMessages` bound to the form's fields; a stable
   * (module-level) function, as a new one applies the messages again.
   */
  messagesOf: (errors: readonly FieldError[]) => Partial<Record<string, unknown>>,
): void {
  const shown = useRef<Path<Values>[]>([]);

  useEffect(() => {
    if (shown.current.length > 0) {
      form.clearErrors(shown.current);
    }
    const messages = Object.entries(messagesOf(fieldErrorsOf(serverError))).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    shown.current = messages.map(([path]) => path as Path<Values>);
    for (const [path, message] of messages) {
      form.setError(path as Path<Values>, { type: 'server', message });
    }
    if (messages.length > 0) {
      focusFirstInvalidAfterRender(formRef);
    }
  }, [form, formRef, serverError, messagesOf]);
}

/** The message on exactly this path ("facilitators.0.role"), not on anything under it. */
export function messageAt<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  path: string,
): string | undefined {
  return ownMessage(get(errors, path));
}

/**
 * The message of a field or, for a group (a list of rows, a pair of inputs), of the group itself
 * or else its first row's first message.
 */
export function messageIn<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  path: string,
): string | undefined {
  return firstMessage(get(errors, path));
}

function ownMessage(node: unknown): string | undefined {
  return typeof node === 'object' && node !== null && 'message' in node
    ? (node.message as string | undefined)
    : undefined;
}

function firstMessage(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) {
    return undefined;
  }
  const own = ownMessage(node);
  if (own !== undefined) {
    return own;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'ref') {
      const message = firstMessage(child);
      if (message !== undefined) {
        return message;
      }
    }
  }
  return undefined;
}

/** Whether the form shows any error (of the schema or of the server) on a field. */
export function hasAnyError<Values extends FieldValues>(errors: FieldErrors<Values>): boolean {
  return Object.keys(errors).length > 0;
}
