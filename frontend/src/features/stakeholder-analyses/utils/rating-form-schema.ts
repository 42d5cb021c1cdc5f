import { z } from 'zod';

import type { StakeholderRating, StakeholderRatingInput } from '@/lib/api/types';

import { isEngagement } from './analysis-options';

const level = (min: number, max: number) =>
  z.string().refine((value) => /^-?\d$/.test(value) && +value >= min && +value <= max, {
    message: 'choose',
  });

/** Radio groups and selects hold strings; nothing is preselected for a new rating. */
export const ratingFormSchema = z.object({
  power: level(1, 5),
  interest: level(1, 5),
  attitude: level(-2, 2),
  engagementCurrent: z.string().refine(isEngagement, { message: 'choose' }),
  engagementDesired: z.string().refine(isEngagement, { message: 'choose' }),
  rationale: z.string().max(2000),
});

export type RatingFormValues = z.input<typeof ratingFormSchema>;
export type RatingFormField = keyof RatingFormValues;

export const ratingFormFields: readonly RatingFormField[] = [
  'power',
  'interest',
  'attitude',
  'engagementCurrent',
  'engagementDesired',
  'rationale',
];

export function toRatingFormValues(rating?: StakeholderRating): RatingFormValues {
  return {
    power: rating ? String(rating.power) : '',
    interest: rating ? String(rating.interest) : '',
    // Neutral is the honest default of an attitude nobody has assessed yet.
    attitude: rating ? String(rating.attitude) : '0',
    engagementCurrent: rating?.engagementCurrent ?? '',
    engagementDesired: rating?.engagementDesired ?? '',
    rationale: rating?.rationale ?? '',
  };
}

/** The request body from values that passed {@link ratingFormSchema}. */
export function toRatingInput(values: RatingFormValues): StakeholderRatingInput {
  if (!isEngagement(values.engagementCurrent) || !isEngagement(values.engagementDesired)) {
    throw new Error('The schema lets only engagement levels pass.');
  }
  const rationale = values.rationale.trim();
  return {
    power: Number(values.power),
    interest: Number(values.interest),
    attitude: Number(values.attitude),
    engagementCurrent: values.engagementCurrent,
    engagementDesired: values.engagementDesired,
    rationale: rationale === '' ? undefined : rationale,
  };
}
