import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { StakeholderAnalysis } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import { AnalysisStatusBadge } from './analysis-status-badge';

interface AnalysisDetailsProps {
  analysis: StakeholderAnalysis;
  strategyTitle: string | undefined;
}

export function AnalysisDetails({ analysis, strategyTitle }: AnalysisDetailsProps) {
  const { t } = useTranslation(['analyses', 'common']);
  const { formatDate, formatDateTime } = useFormatters();
  const { visibilityLabel } = useVocabulary();
  const empty = t('common:empty');
  return (
    <dl className="details">
      <div>
        <dt>{t('fields.strategy')}</dt>
        <dd>
          <Link to={`/strategies/${analysis.strategyId}`}>
            {strategyTitle ?? t('detail.theStrategy')}
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('fields.method')}</dt>
        <dd>{t(`method.${analysis.method}`)}</dd>
      </div>
      <div>
        <dt>{t('fields.conductedOn')}</dt>
        <dd>
          {analysis.conductedOn ? (
            <time dateTime={analysis.conductedOn}>{formatDate(analysis.conductedOn)}</time>
          ) : (
            empty
          )}
        </dd>
      </div>
      <div>
        <dt>{t('fields.status')}</dt>
        <dd>
          <AnalysisStatusBadge status={analysis.status} />
        </dd>
      </div>
      <div>
        <dt>{t('fields.facilitator')}</dt>
        <dd>{analysis.facilitator ?? empty}</dd>
      </div>
      <div>
        <dt>{t('fields.visibility')}</dt>
        <dd>{visibilityLabel(analysis.visibility)}</dd>
      </div>
      <div>
        <dt>{t('fields.updated')}</dt>
        <dd>
          {t('fields.byAt', { at: formatDateTime(analysis.updatedAt), by: analysis.updatedBy })}
        </dd>
      </div>
    </dl>
  );
}
