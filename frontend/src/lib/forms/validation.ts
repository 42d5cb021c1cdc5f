import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';
import type { FieldError } from '@/lib/api/types';
import type { resources } from '@/lib/i18n/resources';

export type ValidationKey = keyof (typeof resources)['de']['common']['validation'];

/** A validation message as a translation key, rendered in the language current at display time. */
export interface ValidationMessage {
  key: ValidationKey;
  values?: Record<string, number>;
}

export type FieldMessages<Field extends string> = Partial<
  Record<Field, ValidationMessage | string>
>;

const validationKeys: readonly string[] = [
  'required',
  'tooLong',
  'year',
  'yearRange',
  'periodOrder',
  'date',
  'invalid',
  'email',
  'url',
  'phone',
  'consentDate',
  'choose',
  'number',
  'pair',
] satisfies ValidationKey[];

function isValidationKey(value: string): value is ValidationKey {
  return validationKeys.includes(value);
}

/** The validation message of one schema issue (shared with the react-hook-form bridge). */
export function messageOf(issue: z.core.$ZodIssue): ValidationMessage {
  if (issue.code === 'too_big') {
    return { key: 'tooLong', values: { max: Number(issue.maximum) } };
  }
  if (issue.code === 'too_small') {
    return { key: 'required' };
  }
  if (!isValidationKey(issue.message)) {
    return { key: 'invalid' };
  }
  // Refinements pass the numbers their message needs as params, e.g. { min, max }.
  const values =
    issue.code === 'custom' && issue.params ? (issue.params as Record<string, number>) : undefined;
  return values ? { key: issue.message, values } : { key: issue.message };
}

/** The first message per field of a failed schema parse. */
export function fieldMessagesOf<Field extends string>(error: z.ZodError): FieldMessages<Field> {
  const messages: Partial<Record<string, ValidationMessage>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    messages[field] ??= messageOf(issue);
  }
  return messages;
}

/** Field errors of a problem+json answer, for the fields that the form shows. */
export function serverFieldMessages<Field extends string>(
  errors: readonly FieldError[],
  fields: readonly Field[],
): FieldMessages<Field> {
  const messages: FieldMessages<Field> = {};
  for (const fieldError of errors) {
    const name = fieldNameOf(fieldError.field);
    const field = fields.find((candidate) => candidate === name);
    if (field && fieldError.message && messages[field] === undefined) {
      messages[field] = fieldError.message;
    }
  }
  return messages;
}

/**
 * Field errors of a problem+json answer for forms with nested fields (lists, objects): an error
 * belongs to the first segment of its path that names a form field, so that
 * `createIndicator.input.targets[1].date` goes to `targets`.
 */
export function serverGroupMessages<Field extends string>(
  errors: readonly FieldError[],
  fields: readonly Field[],
): FieldMessages<Field> {
  const messages: FieldMessages<Field> = {};
  for (const fieldError of errors) {
    const segments = fieldError.field.replace(/\[\d+\]/g, '').split('.');
    const field = segments
      .map((segment) => fields.find((candidate) => candidate === segment))
      .find((candidate) => candidate !== undefined);
    if (field && fieldError.message && messages[field] === undefined) {
      messages[field] = fieldError.message;
    }
  }
  return messages;
}

/**
 * Renders field messages in the current language. Server messages are shown as sent (the request
 * carried the UI language as Accept-Language).
 */
export function useRenderMessage() {
  const { t } = useTranslation();
  return (message: ValidationMessage | string | undefined): string | undefined => {
    if (message === undefined || typeof message === 'string') {
      return message;
    }
    return t(`validation.${message.key}`, message.values);
  };
}

/**
 * Moves focus to the first invalid control of a form. A radio group marks itself invalid as a
 * whole; focus then goes to its checked (or first) option.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid?.getAttribute('role') === 'radiogroup') {
    (
      invalid.querySelector<HTMLInputElement>('input:checked') ??
      invalid.querySelector<HTMLInputElement>('input')
    )?.focus();
    return;
  }
  invalid?.focus();
}

/** Once the client's messages have rendered, moves focus to the first invalid field. */
export function focusFirstInvalidAfterRender(formRef: RefObject<HTMLFormElement | null>): void {
  requestAnimationFrame(() => {
    focusFirstInvalid(formRef.current);
  });
}

/** Takes the user to the first field the server rejected, whenever an answer with field errors arrives. */
export function useFocusOnServerFieldErrors(
  formRef: RefObject<HTMLFormElement | null>,
  serverError: unknown,
): void {
  useEffect(() => {
    if (fieldErrorsOf(serverError).length > 0) {
      focusFirstInvalid(formRef.current);
    }
  }, [formRef, serverError]);
}
