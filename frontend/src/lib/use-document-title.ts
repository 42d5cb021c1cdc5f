import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page gets its own title (WCAG 2.4.2), followed by the app name. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
