import { useTranslation } from 'react-i18next';

/** "→" for the eye, "to" for screen readers, between a value before and after. */
export function ChangeArrow() {
  const { t } = useTranslation('analyses');
  return (
    <>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden">{t('gaps.to')}</span>{' '}
    </>
  );
}
