import { useTranslation } from 'react-i18next';

import { Alert } from './alert';
import { ProblemAlert } from './problem-alert';

interface FormErrorAlertsProps {
  /** Whether any field shows a message (of the schema or of the server). */
  hasFieldErrors: boolean;
  /** The failed request's error, if any. */
  serverError: unknown;
  /** Whether the server named fields that the form does not show. */
  hasUnmappedServerErrors: boolean;
  /** Fields whose server messages are shown next to them, left out of the problem's list. */
  hideFields: readonly string[];
}

/**
 * The top of a form: a summary when fields are marked, and the request's problem when no field
 * took it (or some of its field errors have no field in the form).
 */
export function FormErrorAlerts({
  hasFieldErrors,
  serverError,
  hasUnmappedServerErrors,
  hideFields,
}: FormErrorAlertsProps) {
  const { t } = useTranslation();
  return (
    <>
      {hasFieldErrors ? <Alert tone="error" title={t('errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || hasUnmappedServerErrors) ? (
        <ProblemAlert error={serverError} hideFields={hideFields} />
      ) : null}
    </>
  );
}
