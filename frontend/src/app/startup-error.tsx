import { useTranslation } from 'react-i18next';

/** Shown when the runtime configuration or Keycloak cannot be reached at start-up. */
export function StartupError() {
  const { t } = useTranslation();
  return (
    <main id="main-content" className="app-main startup-error">
      <h1>{t('startup.title')}</h1>
      <p>{t('startup.body')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          window.location.reload();
        }}
      >
        {t('startup.retry')}
      </button>
    </main>
  );
}
