import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LinkButton } from '@/components/ui/link-button';

interface WorkshopPlanningLinksProps {
  workshopId: string;
  canWrite: boolean;
}

/** Editing (writers) and the print view (everyone who may read the workshop). */
export function WorkshopPlanningLinks({ workshopId, canWrite }: WorkshopPlanningLinksProps) {
  const { t } = useTranslation('workshops');
  return (
    <nav className="button-row workshop-links" aria-label={t('print.actions')}>
      {canWrite ? (
        <LinkButton to={`/workshops/${workshopId}/edit`} variant="primary">
          {t('form.editButton')}
        </LinkButton>
      ) : null}
      <Link to={`/workshops/${workshopId}/print`}>{t('print.link')}</Link>
    </nav>
  );
}
