import { useTranslation } from 'react-i18next';

export type StartupFailure = 'sign-in-unavailable' | 'start-up';

interface StartupErrorProps {
  /** What failed: Keycloak unreachable, or anything else before the app could start (e.g. /config.json). */
  failure?: StartupFailure;
  /** Tries again; reloads the page unless told otherwise. */
  onRetry?: () => void;
}

/** Shown instead of the app when it cannot start: says why in the user's language and offers to try again. */
export function StartupError({
  failure = 'start-up',
  onRetry = () => {
    window.location.reload();
  },
}: StartupErrorProps) {
  const { t } = useTranslation();
  const key = failure === 'sign-in-unavailable' ? 'startup.signIn' : 'startup';
  return (
    <main id="main-content" className="app-main startup-error">
      <div role="alert">
        <h1>{t(`${key}.title`)}</h1>
        <p>{t(`${key}.body`)}</p>
      </div>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('startup.retry')}
      </button>
    </main>
  );
}
