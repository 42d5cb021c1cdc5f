import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useFormatters } from '@/lib/i18n/format';

import { useAnalyses } from '../api/get-analyses';

import { AnalysisStatusBadge } from './analysis-status-badge';

interface StrategyAnalysesSectionProps {
  strategyId: string;
  canWrite: boolean;
}

const SHOWN = 5;

/** The strategy's analyses on its detail page (composed there by the app's router). */
export function StrategyAnalysesSection({ strategyId, canWrite }: StrategyAnalysesSectionProps) {
  const { t } = useTranslation('analyses');
  const { formatDate } = useFormatters();
  const analyses = useAnalyses({ strategyId });
  const items = analyses.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="strategy-analyses-heading" className="related-section">
      <h2 id="strategy-analyses-heading">{t('section.heading')}</h2>
      {analyses.isPending ? <Loading /> : null}
      {analyses.isError ? <ProblemAlert error={analyses.error} /> : null}
      {analyses.isSuccess && items.length === 0 ? <p>{t('section.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="link-list">
          {items.slice(0, SHOWN).map((analysis) => (
            <li key={analysis.id}>
              <Link to={`/stakeholder-analyses/${analysis.id}`}>{analysis.title}</Link>
              {analysis.conductedOn ? ` · ${formatDate(analysis.conductedOn)}` : null}{' '}
              <AnalysisStatusBadge status={analysis.status} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <LinkButton to={`/strategies/${strategyId}/analyses`}>{t('section.all')}</LinkButton>
        {canWrite ? (
          <LinkButton to={`/strategies/${strategyId}/analyses/new`} variant="primary">
            {t('list.new')}
          </LinkButton>
        ) : null}
      </div>
    </section>
  );
}
