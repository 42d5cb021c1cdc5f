import { useTranslation } from 'react-i18next';

import type { Engagement, Quadrant, StakeholderRating } from '@/lib/api/types';

import { hasMoved } from './grid';

const attitudeKeys: Partial<
  Record<number, 'stronglyAgainst' | 'against' | 'neutral' | 'inFavour' | 'stronglyInFavour'>
> = {
  [-2]: 'stronglyAgainst',
  [-1]: 'against',
  0: 'neutral',
  1: 'inFavour',
  2: 'stronglyInFavour',
};

/** Texts about ratings shared by the grid, its table, the gap list and the comparison. */
export function useRatingLabels() {
  const { t, i18n } = useTranslation('analyses');
  const signedFormat = new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero' });

  const quadrantLabel = (quadrant: Quadrant) => t(`quadrant.${quadrant}`);
  const engagementLabel = (engagement: Engagement) => t(`engagement.${engagement}`);
  const signed = (value: number) => signedFormat.format(value);
  const attitudeLabel = (attitude: number) => t(`attitude.${attitudeKeys[attitude] ?? 'neutral'}`);

  /** "Name: power 4, interest 5, manage closely" (plus where it was before, if it moved). */
  const pointLabel = (rating: StakeholderRating): string => {
    const now = t('grid.point', {
      name: rating.stakeholder.name,
      power: rating.power,
      interest: rating.interest,
      quadrant: t(`quadrantInSentence.${rating.quadrant}`),
    });
    if (!rating.previous || !hasMoved(rating)) {
      return now;
    }
    return `${now}; ${t('grid.pointPrevious', {
      power: rating.previous.power,
      interest: rating.previous.interest,
      quadrant: t(`quadrantInSentence.${rating.previous.quadrant}`),
    })}`;
  };

  /** The change since the previous analysis, in words, or undefined without one. */
  const changeLabel = (rating: StakeholderRating, hasPreviousAnalysis: boolean): string => {
    if (!rating.previous) {
      return hasPreviousAnalysis ? t('change.new') : t('change.noComparison');
    }
    if (!hasMoved(rating)) {
      return t('change.unchanged');
    }
    return t('change.moved', {
      power: signed(rating.power - rating.previous.power),
      interest: signed(rating.interest - rating.previous.interest),
    });
  };

  return { quadrantLabel, engagementLabel, attitudeLabel, signed, pointLabel, changeLabel };
}
