import { useTranslation } from 'react-i18next';

import type { StakeholderRating } from '@/lib/api/types';

import { engagementGaps } from '../utils/grid';
import { useRatingLabels } from '../utils/use-rating-labels';

import { ChangeArrow } from './change-arrow';

interface EngagementGapListProps {
  ratings: readonly StakeholderRating[];
}

/** Who needs to be engaged more: the largest gap first, then the most powerful. */
export function EngagementGapList({ ratings }: EngagementGapListProps) {
  const { t } = useTranslation('analyses');
  const { engagementLabel, quadrantLabel } = useRatingLabels();
  const gaps = engagementGaps(ratings);

  return (
    <section aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{t('gaps.heading')}</h2>
      <p className="lead">{t('gaps.intro')}</p>
      {gaps.length === 0 ? (
        <p>{t('gaps.none')}</p>
      ) : (
        <ol className="gap-list">
          {gaps.map((rating) => (
            <li key={rating.stakeholder.id} className="gap-list__item">
              <span className="gap-list__name">{rating.stakeholder.name}</span>{' '}
              <span className="gap-list__levels">
                {engagementLabel(rating.engagementCurrent)}
                <ChangeArrow />
                {engagementLabel(rating.engagementDesired)}
              </span>{' '}
              <span className="gap-list__meta">
                {t('gaps.gap', { count: rating.engagementGap })} ·{' '}
                {t('gaps.power', { power: rating.power })} · {quadrantLabel(rating.quadrant)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
