import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      <span className="loading__dot" aria-hidden="true" />
      {label ?? t('loading')}
    </p>
  );
}
