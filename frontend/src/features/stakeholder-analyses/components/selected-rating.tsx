import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import type { StakeholderRating } from '@/lib/api/types';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import { useRatingLabels } from '../utils/use-rating-labels';

import { ChangeArrow } from './change-arrow';

interface SelectedRatingProps {
  rating: StakeholderRating;
  onEdit: (() => void) | undefined;
}

/** Everything about the point chosen in the grid; editors can open its rating from here. */
export function SelectedRating({ rating, onEdit }: SelectedRatingProps) {
  const { t } = useTranslation(['analyses', 'common']);
  const { sectorLabel } = useVocabulary();
  const { quadrantLabel, engagementLabel, attitudeLabel, changeLabel } = useRatingLabels();
  return (
    <section className="selected-rating" aria-labelledby="selected-rating-heading">
      <h3 id="selected-rating-heading">{rating.stakeholder.name}</h3>
      <dl className="details details--compact">
        <div>
          <dt>{t('gridTable.sector')}</dt>
          <dd>{sectorLabel(rating.stakeholder.sector)}</dd>
        </div>
        <div>
          <dt>{t('gridTable.quadrant')}</dt>
          <dd>{quadrantLabel(rating.quadrant)}</dd>
        </div>
        <div>
          <dt>{t('rating.power')}</dt>
          <dd>{rating.power}</dd>
        </div>
        <div>
          <dt>{t('rating.interest')}</dt>
          <dd>{rating.interest}</dd>
        </div>
        <div>
          <dt>{t('rating.attitude')}</dt>
          <dd>{attitudeLabel(rating.attitude)}</dd>
        </div>
        <div>
          <dt>{t('rating.engagement')}</dt>
          <dd>
            {engagementLabel(rating.engagementCurrent)}
            <ChangeArrow />
            {engagementLabel(rating.engagementDesired)}
          </dd>
        </div>
        <div>
          <dt>{t('gridTable.change')}</dt>
          <dd>{changeLabel(rating, true)}</dd>
        </div>
        <div className="details__wide">
          <dt>{t('rating.rationale')}</dt>
          <dd className="details__text">{rating.rationale ?? t('common:empty')}</dd>
        </div>
      </dl>
      {onEdit ? (
        <Button onClick={onEdit}>
          {t('rating.editFor')} <span className="visually-hidden">{rating.stakeholder.name}</span>
        </Button>
      ) : null}
    </section>
  );
}
