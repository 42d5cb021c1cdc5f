import { useTranslation } from 'react-i18next';

import { fieldErrorsOf } from '@/lib/api/errors';
import { hasUnmappedErrors } from '@/lib/forms/path-messages';

import { Alert } from './alert';
import { ProblemAlert } from './problem-alert';

interface FormErrorAlertsProps {
  /** Whether any field of the form shows an error (the client's or the server's). */
  hasFieldErrors: boolean;
  /** The failed request's error, if any. */
  serverError: unknown;
  /** The fields the form shows: their server errors appear there, not in the alert. */
  fields?: readonly string[];
  /** Whether the server named fields the form does not show (defaults to a check against `fields`). */
  hasUnmappedServerErrors?: boolean;
  /** Field names the alert leaves out (defaults to `fields`). */
  hideFields?: readonly string[];
}

/**
 * The alerts above a form: a summary when fields are invalid, and the problem of a failed request
 * unless all of it is already shown on the fields.
 */
export function FormErrorAlerts({
  hasFieldErrors,
  serverError,
  fields = [],
  hasUnmappedServerErrors,
  hideFields = fields,
}: FormErrorAlertsProps) {
  const { t } = useTranslation();
  const unmapped = hasUnmappedServerErrors ?? hasUnmappedErrors(fieldErrorsOf(serverError), fields);
  return (
    <>
      {hasFieldErrors ? <Alert tone="error" title={t('errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || unmapped) ? (
        <ProblemAlert error={serverError} hideFields={hideFields} />
      ) : null}
    </>
  );
}
