import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { StakeholderRating } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import { hasChangedQuadrant } from '../utils/grid';
import { useRatingLabels } from '../utils/use-rating-labels';

import { ChangeArrow } from './change-arrow';

interface ComparisonSectionProps {
  ratings: readonly StakeholderRating[];
  previousAnalysisId: string | undefined;
}

/** How the stakeholders moved since the strategy's previous analysis. */
export function ComparisonSection({ ratings, previousAnalysisId }: ComparisonSectionProps) {
  const { t } = useTranslation('analyses');
  const { formatDate } = useFormatters();
  const { quadrantLabel, signed } = useRatingLabels();
  const captionId = useId();

  const compared = ratings.filter((rating) => rating.previous !== undefined);
  const changedQuadrant = ratings.filter(hasChangedQuadrant);
  const newcomers = ratings.filter((rating) => rating.previous === undefined);
  const previous = compared[0]?.previous;

  const delta = (before: number, now: number) => (
    <>
      {before}
      <ChangeArrow />
      {now} ({signed(now - before)})
    </>
  );

  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('comparison.heading')}</h2>
      {previousAnalysisId === undefined ? (
        <p>{t('comparison.none')}</p>
      ) : (
        <>
          <p>
            {t('comparison.with')}{' '}
            <Link to={`/stakeholder-analyses/${previousAnalysisId}`}>
              {previous?.analysisTitle ?? t('comparison.previousAnalysis')}
            </Link>
            {previous?.conductedOn ? ` (${formatDate(previous.conductedOn)})` : null}
          </p>
          <h3>{t('comparison.changedQuadrant')}</h3>
          {changedQuadrant.length === 0 ? (
            <p>{t('comparison.noQuadrantChanges')}</p>
          ) : (
            <ul className="change-list">
              {changedQuadrant.map((rating) => (
                <li key={rating.stakeholder.id}>
                  <strong>{rating.stakeholder.name}</strong>:{' '}
                  {rating.previous ? quadrantLabel(rating.previous.quadrant) : null}
                  <ChangeArrow />
                  {quadrantLabel(rating.quadrant)}
                </li>
              ))}
            </ul>
          )}
          {compared.length > 0 ? (
            <div className="table-scroll">
              <table className="table" aria-labelledby={captionId}>
                <caption id={captionId} className="table__caption">
                  {t('comparison.tableCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('gridTable.stakeholder')}</th>
                    <th scope="col">{t('gridTable.power')}</th>
                    <th scope="col">{t('gridTable.interest')}</th>
                    <th scope="col">{t('rating.attitude')}</th>
                  </tr>
                </thead>
                <tbody>
                  {compared.map((rating) =>
                    rating.previous ? (
                      <tr key={rating.stakeholder.id}>
                        <th scope="row">{rating.stakeholder.name}</th>
                        <td>{delta(rating.previous.power, rating.power)}</td>
                        <td>{delta(rating.previous.interest, rating.interest)}</td>
                        <td>{delta(rating.previous.attitude, rating.attitude)}</td>
                      </tr>
                    ) : null,
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
          {newcomers.length > 0 ? (
            <>
              <h3>{t('comparison.newcomers')}</h3>
              <ul className="inline-list">
                {newcomers.map((rating) => (
                  <li key={rating.stakeholder.id}>{rating.stakeholder.name}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
