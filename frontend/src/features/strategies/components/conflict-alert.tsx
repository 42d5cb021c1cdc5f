import { useTranslation } from 'react-i18next';

import { ConflictAlert as SharedConflictAlert } from '@/components/ui/conflict-alert';

interface ConflictAlertProps {
  onReload: () => void;
  reloading?: boolean;
}

/** The shared 412 alert, worded for a strategy. */
export function ConflictAlert({ onReload, reloading }: ConflictAlertProps) {
  const { t } = useTranslation('strategies');
  return (
    <SharedConflictAlert
      title={t('conflict.title')}
      message={t('conflict.message')}
      onReload={onReload}
      reloading={reloading}
    />
  );
}
