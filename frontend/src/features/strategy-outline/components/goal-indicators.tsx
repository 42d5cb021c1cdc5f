import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Indicator } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import type { IndicatorContributions } from '../api/get-indicator-contributions';
import { contributionsTo } from '../utils/contributions';

import { ProgressBadge } from './progress-badge';

interface GoalIndicatorsProps {
  strategyId: string;
  goalId: string;
  goalTitle: string;
  indicators: readonly Indicator[];
  /** Estimated contributions of starter projects, by indicator; absent ones are not shown. */
  contributions: readonly IndicatorContributions[];
  canWrite: boolean;
}

/** The indicators that measure a goal, each with its progress. */
export function GoalIndicators({
  strategyId,
  goalId,
  goalTitle,
  indicators,
  contributions,
  canWrite,
}: GoalIndicatorsProps) {
  const { t } = useTranslation('outline');
  const { formatNumber, formatDate } = useFormatters();
  return (
    <div className="goal-indicators">
      <p className="goal-indicators__title">{t('indicators.ofGoal')}</p>
      {indicators.length === 0 ? (
        <p className="hint-text">{t('indicators.none')}</p>
      ) : (
        <ul className="goal-indicators__list">
          {indicators.map((indicator) => {
            const contribution = contributionsTo(contributions, indicator.id);
            return (
              <li key={indicator.id}>
                <Link to={`/strategies/${strategyId}/indicators/${indicator.id}`}>
                  {indicator.name}
                </Link>{' '}
                <ProgressBadge progress={indicator.progress} />
                {indicator.progress.latestValue !== undefined &&
                indicator.progress.latestDate !== undefined ? (
                  <span className="hint-text">
                    {' '}
                    {t('indicators.latest', {
                      value: formatNumber(indicator.progress.latestValue),
                      unit: indicator.unit,
                      date: formatDate(indicator.progress.latestDate),
                    })}
                  </span>
                ) : null}
                {contribution ? (
                  <span className="hint-text goal-indicators__contribution">
                    {t('contributions.short', {
                      value: formatNumber(contribution.total),
                      unit: indicator.unit,
                      count: contribution.measures.length,
                    })}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canWrite ? (
        <Link
          className="button button--secondary button--small"
          to={`/strategies/${strategyId}/indicators/new?componentId=${goalId}`}
        >
          {t('indicators.new')} <span className="visually-hidden">{goalTitle}</span>
        </Link>
      ) : null}
    </div>
  );
}
