import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Indicator } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import type { IndicatorContributions } from '../api/get-indicator-contributions';
import type { Projection } from '../utils/contributions';

interface IndicatorContributionsSectionProps {
  indicator: Indicator;
  contributions: IndicatorContributions;
  projection: Projection | undefined;
}

/**
 * What starter projects are estimated to contribute per year, next to the measured values: the
 * total, the latest value with it, and the contributing measures with links to their projects.
 */
export function IndicatorContributionsSection({
  indicator,
  contributions,
  projection,
}: IndicatorContributionsSectionProps) {
  const { t } = useTranslation('outline');
  const { formatNumber } = useFormatters();
  const headingId = useId();
  const captionId = useId();

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('contributions.heading')}</h2>
      <p className="contributions__total">
        {t('contributions.total', {
          value: formatNumber(contributions.total),
          unit: indicator.unit,
          count: contributions.measures.length,
        })}
      </p>
      {projection ? (
        <p>
          {t('contributions.projection', {
            latest: formatNumber(projection.latest),
            value: formatNumber(projection.value),
            unit: indicator.unit,
          })}
        </p>
      ) : null}
      <p className="hint-text">{t('contributions.note')}</p>
      <div className="table-scroll">
        <table className="table" aria-labelledby={captionId}>
          <caption id={captionId} className="table__caption">
            {t('contributions.caption', { unit: indicator.unit })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('contributions.project')}</th>
              <th scope="col">{t('contributions.measure')}</th>
              <th scope="col" className="table__number">
                {t('contributions.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {contributions.measures.map((measure) => (
              <tr key={measure.measureId}>
                <td>
                  <Link to={`/projects/${measure.projectId}`}>{measure.projectTitle}</Link>
                </td>
                <th scope="row">{measure.measureTitle}</th>
                <td className="table__number">{formatNumber(measure.value)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('contributions.sum')}
              </th>
              <td className="table__number">{formatNumber(contributions.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
