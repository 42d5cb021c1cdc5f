import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import type { FieldError } from '@/lib/api/types';
import type { resources } from '@/lib/i18n/resources';

export type ProjectValidationKey = keyof (typeof resources)['de']['projects']['validation'];

/** A client-side message as a translation key, rendered in the language current at display. */
export interface FormMessage {
  key: ProjectValidationKey;
  values?: Record<string, number>;
}

/**
 * Messages by field path: top-level fields by name ("title"), rows of lists by name, index and
 * field ("parties.0.stakeholderId", "steps.2.title"). Server messages are strings, shown as sent.
 */
export type FormMessages = Partial<Record<string, FormMessage | string>>;

const keys: readonly string[] = [
  'required',
  'tooLong',
  'number',
  'nonNegative',
  'date',
  'dateOrder',
  'stakeholder',
  'tooMany',
  'percent',
  'reason',
  'indicator',
  'duplicateIndicator',
  'invalid',
] satisfies ProjectValidationKey[];

function isKey(value: string): value is ProjectValidationKey {
  return keys.includes(value);
}

function messageOf(issue: z.core.$ZodIssue): FormMessage {
  if (issue.code === 'too_big') {
    return issue.origin === 'array'
      ? { key: 'tooMany', values: { max: Number(issue.maximum) } }
      : { key: 'tooLong', values: { max: Number(issue.maximum) } };
  }
  // Schemas name their message by key ({ message: 'stakeholder' }); zod's own texts are English.
  if (isKey(issue.message)) {
    return { key: issue.message };
  }
  return issue.code === 'too_small' ? { key: 'required' } : { key: 'invalid' };
}

/** The first message per field path of a failed schema parse. */
export function formMessagesOf(error: z.ZodError): FormMessages {
  const messages: FormMessages = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    messages[path] ??= messageOf(issue);
  }
  return messages;
}

/**
 * Field errors of a problem+json answer by the same paths. Server paths may be qualified
 * ("create.input.parties[0].stakeholderId"): the path starts at the first known field.
 */
export function serverFormMessages(
  errors: readonly FieldError[],
  fields: readonly string[],
): FormMessages {
  const messages: FormMessages = {};
  for (const fieldError of errors) {
    const segments = fieldError.field.replace(/\[(\d+)\]/g, '.$1').split('.');
    const start = segments.findIndex((segment) => fields.includes(segment));
    if (start >= 0) {
      const path = segments.slice(start).join('.');
      messages[path] ??= fieldError.message;
    }
  }
  return messages;
}

/** Whether the problem has field errors that no field of the form shows. */
export function hasUnmappedErrors(
  errors: readonly FieldError[],
  fields: readonly string[],
): boolean {
  return errors.some(
    (fieldError) =>
      !fieldError.field
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .some((segment) => fields.includes(segment)),
  );
}

export function useFormMessage() {
  const { t } = useTranslation('projects');
  return (message: FormMessage | string | undefined): string | undefined => {
    if (message === undefined || typeof message === 'string') {
      return message;
    }
    return t(`validation.${message.key}`, message.values);
  };
}
