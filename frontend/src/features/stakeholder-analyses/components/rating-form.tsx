import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import type { StakeholderRating, StakeholderRatingInput } from '@/lib/api/types';
import { RadioGroupController } from '@/lib/forms/choice-group-controllers';
import { useServerFieldErrors } from '@/lib/forms/path-schema-form';
import { useSchemaForm } from '@/lib/forms/schema-form';

import { attitudes, engagementLevels, scale } from '../utils/analysis-options';
import {
  ratingFormFields,
  ratingFormSchema,
  toRatingFormValues,
  toRatingInput,
  type RatingFormValues,
} from '../utils/rating-form-schema';
import { useRatingLabels } from '../utils/use-rating-labels';

interface RatingFormProps {
  stakeholderName: string;
  existing: StakeholderRating | undefined;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: StakeholderRatingInput) => void;
  onCancel: () => void;
}

/**
 * One stakeholder's rating: native radio groups for the scales (arrow keys choose) and selects for
 * engagement, so that a rating is entered quickly from the keyboard.
 */
export function RatingForm({
  stakeholderName,
  existing,
  submitting,
  serverError,
  onSubmit,
  onCancel,
}: RatingFormProps) {
  const { t } = useTranslation(['analyses', 'common']);
  const { attitudeLabel, signed } = useRatingLabels();
  const headingId = useId();
  const form = useSchemaForm(ratingFormSchema, toRatingFormValues(existing));
  const { errors } = form.formState;
  useServerFieldErrors(form, serverError, ratingFormFields);
  const scaleOptions = scale.map((level) => ({ value: String(level), label: String(level) }));

  return (
    <form
      id="rating-form"
      className="form form--inline-panel rating-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          onSubmit(toRatingInput(values));
        })(event)
      }
    >
      <h3 id={headingId} tabIndex={-1} className="rating-form__heading">
        {existing
          ? t('rating.editHeading', { name: stakeholderName })
          : t('rating.newHeading', { name: stakeholderName })}
      </h3>
      <FormErrorAlerts
        hasFieldErrors={Object.keys(errors).length > 0}
        serverError={serverError}
        fields={ratingFormFields}
      />
      <RadioGroupController
        control={form.control}
        name="power"
        legend={t('rating.power')}
        required
        inline
        hint={t('rating.scaleHint')}
        options={scaleOptions}
      />
      <RadioGroupController
        control={form.control}
        name="interest"
        legend={t('rating.interest')}
        required
        inline
        hint={t('rating.scaleHint')}
        options={scaleOptions}
      />
      <RadioGroupController
        control={form.control}
        name="attitude"
        legend={t('rating.attitude')}
        required
        inline
        options={attitudes.map((attitude) => ({
          value: String(attitude),
          label: `${signed(attitude)} ${attitudeLabel(attitude)}`,
        }))}
      />
      <EngagementFields form={form} />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : t('rating.save')}
        </Button>
        <Button onClick={onCancel}>{t('common:form.cancel')}</Button>
      </div>
    </form>
  );
}

/**
 * Engagement and rationale. A component of its own so that its fields register after the scales
 * above (react-hook-form focuses the first invalid field in the order the fields registered).
 */
function EngagementFields({
  form,
}: {
  form: UseFormReturn<RatingFormValues, unknown, RatingFormValues>;
}) {
  const { t } = useTranslation('analyses');
  const { engagementLabel } = useRatingLabels();
  const { errors } = form.formState;
  const engagementOptions = [
    { value: '', label: t('form.choose') },
    ...engagementLevels.map((level) => ({ value: level, label: engagementLabel(level) })),
  ];
  return (
    <>
      <div className="form__row">
        <SelectField
          label={t('rating.engagementCurrent')}
          required
          options={engagementOptions}
          error={errors.engagementCurrent?.message}
          {...form.register('engagementCurrent')}
        />
        <SelectField
          label={t('rating.engagementDesired')}
          required
          options={engagementOptions}
          error={errors.engagementDesired?.message}
          {...form.register('engagementDesired')}
        />
      </div>
      <TextAreaField
        label={t('rating.rationale')}
        rows={3}
        maxLength={2000}
        error={errors.rationale?.message}
        {...form.register('rationale')}
      />
    </>
  );
}
