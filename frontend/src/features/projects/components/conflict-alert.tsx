import { useTranslation } from 'react-i18next';

import { ConflictAlert as SharedConflictAlert } from '@/components/ui/conflict-alert';

interface ConflictAlertProps {
  onReload: () => void;
  reloading?: boolean;
  /** What changed: the project (default) or one of its measures. */
  subject?: 'project' | 'measure';
}

/** The shared 412 alert, worded for a project or one of its measures. */
export function ConflictAlert({ onReload, reloading, subject = 'project' }: ConflictAlertProps) {
  const { t } = useTranslation('projects');
  return (
    <SharedConflictAlert
      title={t(`conflict.title.${subject}`)}
      message={t('conflict.message')}
      onReload={onReload}
      reloading={reloading}
    />
  );
}
