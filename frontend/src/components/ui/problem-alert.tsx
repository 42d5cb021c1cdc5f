import { useTranslation } from 'react-i18next';

import { fieldNameOf, isApiError } from '@/lib/api/errors';

import { Alert } from './alert';

interface ProblemAlertProps {
  error: unknown;
  /** Field errors already shown next to their fields are left out here. */
  hideFields?: readonly string[];
}

/** Shows an API problem (title and detail) or a generic message for anything else. */
export function ProblemAlert({ error, hideFields = [] }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  if (!isApiError(error)) {
    const network = error instanceof TypeError;
    return (
      <Alert tone="error" title={t('errors.title')}>
        {network ? t('errors.network') : t('errors.unexpected')}
      </Alert>
    );
  }
  const problem = error.problem;
  const otherFieldErrors = (problem?.errors ?? []).filter(
    (fieldError) => !hideFields.includes(fieldNameOf(fieldError.field)),
  );
  const fallback =
    error.status === 403 ? t('errors.forbidden') : t('errors.status', { status: error.status });
  return (
    <Alert tone="error" title={problem?.title ?? t('errors.title')}>
      <p>{problem?.detail ?? fallback}</p>
      {otherFieldErrors.length > 0 ? (
        <ul>
          {otherFieldErrors.map((fieldError, index) => (
            <li key={`${fieldError.field}-${index}`}>
              {fieldError.field ? `${fieldError.field}: ` : ''}
              {fieldError.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
