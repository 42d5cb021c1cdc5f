import { useTranslation } from 'react-i18next';

import {
  pathMessagesFor,
  serverPathMessages,
  type PathMessage,
  type PathMessages,
} from '@/lib/forms/path-messages';
import type { resources } from '@/lib/i18n/resources';

export { hasUnmappedErrors } from '@/lib/forms/path-messages';

export type WorkshopValidationKey =
  keyof (typeof resources)['de']['workshops']['form']['validation'];

/** A client-side message as a translation key, rendered in the language current at display. */
export type FormMessage = PathMessage<WorkshopValidationKey>;

/** Messages by field path ("facilitators.0.stakeholderId"); server messages are strings. */
export type FormMessages = PathMessages<WorkshopValidationKey>;

export const formMessagesOf = pathMessagesFor<WorkshopValidationKey>([
  'required',
  'tooLong',
  'tooMany',
  'dateTime',
  'endOrder',
  'place',
  'onlineLink',
  'url',
  'capacity',
  'stakeholder',
  'date',
  'invalid',
]);

export const serverFormMessages = serverPathMessages<WorkshopValidationKey>;

export function useFormMessage() {
  const { t } = useTranslation('workshops');
  return (message: FormMessage | string | undefined): string | undefined => {
    if (message === undefined || typeof message === 'string') {
      return message;
    }
    return t(`form.validation.${message.key}`, message.values);
  };
}
