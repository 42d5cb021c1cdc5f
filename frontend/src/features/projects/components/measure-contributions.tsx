import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormatters } from '@/lib/i18n/format';

import type { Indicator, IndicatorContribution } from '../api/types';

interface MeasureContributionsProps {
  contributions: readonly IndicatorContribution[];
  strategyId: string | undefined;
  /** The strategy's indicators, once known: they give names and units. */
  indicators: readonly Indicator[] | undefined;
}

/** What a measure is estimated to contribute per year to indicators of the project's strategy. */
export function MeasureContributions({
  contributions,
  strategyId,
  indicators,
}: MeasureContributionsProps) {
  const { t } = useTranslation('projects');
  const { formatNumber } = useFormatters();
  if (contributions.length === 0) {
    return null;
  }
  return (
    <>
      <h4 className="measure__impact-heading">{t('contributions.heading')}</h4>
      <ul className="measure__contributions">
        {contributions.map((contribution) => {
          const indicator = indicators?.find((item) => item.id === contribution.indicatorId);
          const value = formatNumber(contribution.value);
          return (
            <li key={contribution.indicatorId}>
              {indicator && strategyId ? (
                <Link to={`/strategies/${strategyId}/indicators/${indicator.id}`}>
                  {t('contributions.item', {
                    value,
                    unit: indicator.unit,
                    indicator: indicator.name,
                  })}
                </Link>
              ) : (
                t('contributions.itemUnknown', { value })
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
