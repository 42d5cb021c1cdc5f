import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { StakeholderRating } from '@/lib/api/types';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import { hasChangedQuadrant } from '../utils/grid';
import { useRatingLabels } from '../utils/use-rating-labels';

interface GridTableProps {
  ratings: readonly StakeholderRating[];
  numberOf: (stakeholderId: string) => number;
  hasPreviousAnalysis: boolean;
}

/** The power/interest grid's data as a table: the accessible equivalent of the chart. */
export function GridTable({ ratings, numberOf, hasPreviousAnalysis }: GridTableProps) {
  const { t } = useTranslation(['analyses', 'common']);
  const { sectorLabel } = useVocabulary();
  const { quadrantLabel, changeLabel } = useRatingLabels();
  const captionId = useId();
  const empty = t('common:empty');

  return (
    <div className="table-scroll">
      <table className="table" aria-labelledby={captionId}>
        <caption id={captionId} className="table__caption">
          {t('gridTable.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('gridTable.number')}</th>
            <th scope="col">{t('gridTable.stakeholder')}</th>
            <th scope="col">{t('gridTable.sector')}</th>
            <th scope="col">{t('gridTable.power')}</th>
            <th scope="col">{t('gridTable.interest')}</th>
            <th scope="col">{t('gridTable.quadrant')}</th>
            <th scope="col">{t('gridTable.previousQuadrant')}</th>
            <th scope="col">{t('gridTable.change')}</th>
          </tr>
        </thead>
        <tbody>
          {ratings.map((rating) => (
            <tr key={rating.stakeholder.id}>
              <td>{numberOf(rating.stakeholder.id)}</td>
              <th scope="row">{rating.stakeholder.name}</th>
              <td>{sectorLabel(rating.stakeholder.sector)}</td>
              <td>{rating.power}</td>
              <td>{rating.interest}</td>
              <td>{quadrantLabel(rating.quadrant)}</td>
              <td>
                {rating.previous ? quadrantLabel(rating.previous.quadrant) : empty}
                {hasChangedQuadrant(rating) ? (
                  <span className="visually-hidden"> ({t('gridTable.quadrantChanged')})</span>
                ) : null}
              </td>
              <td>{changeLabel(rating, hasPreviousAnalysis)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
