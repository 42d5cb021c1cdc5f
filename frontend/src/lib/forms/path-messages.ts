import type { z } from 'zod';

import type { FieldError } from '@/lib/api/types';

/**
 * Messages of forms with nested fields, by field path: top-level fields by name ("title"), rows
 * of lists by name, index and field ("parties.0.stakeholderId"). A feature names its own
 * validation keys (its translation namespace); server messages are strings, shown as sent.
 */
export interface PathMessage<Key extends string> {
  key: Key;
  values?: Record<string, number>;
}

export type PathMessages<Key extends string> = Partial<Record<string, PathMessage<Key> | string>>;

function messageOf<Key extends string>(
  issue: z.core.$ZodIssue,
  isKey: (value: string) => value is Key,
  fallback: { tooMany: Key; tooLong: Key; required: Key; invalid: Key },
): PathMessage<Key> {
  if (issue.code === 'too_big') {
    return issue.origin === 'array'
      ? { key: fallback.tooMany, values: { max: Number(issue.maximum) } }
      : { key: fallback.tooLong, values: { max: Number(issue.maximum) } };
  }
  // Schemas name their message by key ({ message: 'stakeholder' }); zod's own texts are English.
  if (isKey(issue.message)) {
    return { key: issue.message };
  }
  return { key: issue.code === 'too_small' ? fallback.required : fallback.invalid };
}

type ZodCheckKey = 'required' | 'tooLong' | 'tooMany' | 'invalid';

/**
 * The schema messages of one feature's validation vocabulary. It must include the keys for zod's
 * own checks (required, tooLong, tooMany, invalid); schemas name the others by key.
 */
export function pathMessagesFor<Key extends string>(
  keys: ZodCheckKey extends Key ? readonly Key[] : never,
) {
  const isKey = (value: string): value is Key => (keys as readonly string[]).includes(value);
  const fallback = {
    tooMany: 'tooMany' as Key,
    tooLong: 'tooLong' as Key,
    required: 'required' as Key,
    invalid: 'invalid' as Key,
  };
  /** The first message per field path of a failed schema parse. */
  return (error: z.ZodError): PathMessages<Key> => {
    const messages: PathMessages<Key> = {};
    for (const issue of error.issues) {
      messages[issue.path.map(String).join('.')] ??= messageOf(issue, isKey, fallback);
    }
    return messages;
  };
}

/**
 * Field errors of a problem+json answer by the same paths. Server paths may be qualified
 * ("create.input.parties[0].stakeholderId"): the path starts at the first known field.
 */
export function serverPathMessages<Key extends string>(
  errors: readonly FieldError[],
  fields: readonly string[],
): PathMessages<Key> {
  const messages: PathMessages<Key> = {};
  for (const fieldError of errors) {
    const segments = fieldError.field.replace(/\[(\d+)\]/g, '.$1').split('.');
    const start = segments.findIndex((segment) => fields.includes(segment));
    if (start >= 0) {
      messages[segments.slice(start).join('.')] ??= fieldError.message;
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
