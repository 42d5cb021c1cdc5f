import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';

/** Last resort for errors thrown while rendering a route. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main id="main-content" className="app-main">
      <h1>{t('errors.title')}</h1>
      <ProblemAlert error={error} />
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </main>
  );
}
