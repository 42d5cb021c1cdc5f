import { useTranslation } from 'react-i18next';

import { pathMessagesFor, type PathMessage, type PathMessages } from '@/lib/forms/path-messages';
import type { resources } from '@/lib/i18n/resources';

export type ProjectValidationKey = keyof (typeof resources)['de']['projects']['validation'];

/** A client-side message as a translation key, rendered in the language current at display. */
export type FormMessage = PathMessage<ProjectValidationKey>;

/** Messages by field path ("parties.0.stakeholderId", "steps.2.title"); server messages are strings. */
export type FormMessages = PathMessages<ProjectValidationKey>;

export const formMessagesOf = pathMessagesFor<ProjectValidationKey>([
  'required',
  'tooLong',
  'number',
  'nonNegative',
  'tooLarge',
  'decimals',
  'date',
  'dateOrder',
  'stakeholder',
  'tooMany',
  'percent',
  'reason',
  'indicator',
  'duplicateIndicator',
  'invalid',
]);

export function useFormMessage() {
  const { t } = useTranslation('projects');
  return (message: FormMessage | string | undefined): string | undefined => {
    if (message === undefined || typeof message === 'string') {
      return message;
    }
    return t(`validation.${message.key}`, message.values);
  };
}
