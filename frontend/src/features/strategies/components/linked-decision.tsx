import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isNotFound } from '@/lib/api/errors';
import { useFormatters } from '@/lib/i18n/format';

import { useLinkedDecision } from '../api/get-council-decisions';

/** The recorded council decision an adoption links to, with a way to the anchoring page. */
export function LinkedDecision({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation('strategies');
  const { formatDate } = useFormatters();
  const decision = useLinkedDecision(decisionId);

  if (decision.isPending) {
    return <>{t('linkedDecision.loading')}</>;
  }
  if (decision.isError) {
    return (
      <>
        {isNotFound(decision.error) ? t('linkedDecision.notVisible') : t('linkedDecision.failed')}
      </>
    );
  }
  const d = decision.data;
  return (
    <>
      <Link to={`/anchoring#decision-${d.id}`}>
        {t('linkedDecision.label', { reference: d.reference, body: d.body })}
      </Link>{' '}
      ({formatDate(d.decidedOn)}): {d.subject}
    </>
  );
}
