import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

interface ConflictAlertProps {
  onReload: () => void;
  reloading?: boolean;
  /** What changed: the project (default) or one of its measures. */
  subject?: 'project' | 'measure';
}

/** Shown on 412: the If-Match version is stale because someone else saved in between. */
export function ConflictAlert({
  onReload,
  reloading = false,
  subject = 'project',
}: ConflictAlertProps) {
  const { t } = useTranslation('projects');
  return (
    <Alert tone="warning" title={t(`conflict.title.${subject}`)}>
      <p>{t('conflict.message')}</p>
      <Button variant="primary" onClick={onReload} disabled={reloading}>
        {t('conflict.reload')}
      </Button>
    </Alert>
  );
}
