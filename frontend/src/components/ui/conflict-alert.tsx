import { useTranslation } from 'react-i18next';

import { Alert } from './alert';
import { Button } from './button';

interface ConflictAlertProps {
  /** What changed, for example "Someone else changed this stakeholder". */
  title: string;
  message: string;
  onReload: () => void;
  reloading?: boolean;
}

/** Shown on 412 (and 428): the record changed since it was read; reloading discards the edit. */
export function ConflictAlert({ title, message, onReload, reloading = false }: ConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" title={title}>
      <p>{message}</p>
      <Button variant="primary" onClick={onReload} disabled={reloading}>
        {t('conflict.reload')}
      </Button>
    </Alert>
  );
}
