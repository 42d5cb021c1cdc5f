import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

interface ConflictAlertProps {
  onReload: () => void;
  reloading?: boolean;
}

/** Shown on 412: the If-Match version is stale because someone else saved in between. */
export function ConflictAlert({ onReload, reloading = false }: ConflictAlertProps) {
  const { t } = useTranslation('strategies');
  return (
    <Alert tone="warning" title={t('conflict.title')}>
      <p>{t('conflict.message')}</p>
      <Button variant="primary" onClick={onReload} disabled={reloading}>
        {t('conflict.reload')}
      </Button>
    </Alert>
  );
}
