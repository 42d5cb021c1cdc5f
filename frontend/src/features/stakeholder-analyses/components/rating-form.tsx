import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/choice-group';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';
import type { StakeholderRating, StakeholderRatingInput } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverFieldMessages,
  useFocusOnServerFieldErrors,
  useRenderMessage,
} from '@/lib/forms/validation';

import { attitudes, engagementLevels, scale } from '../utils/analysis-options';
import {
  ratingFormFields,
  ratingFormSchema,
  toRatingFormValues,
  toRatingInput,
  type RatingFormField,
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
  const { engagementLabel, attitudeLabel, signed } = useRatingLabels();
  const headingId = useId();
  const [values, setValues] = useState(() => toRatingFormValues(existing));
  const [clientErrors, setClientErrors] = useState<FieldMessages<RatingFormField>>({});
  const formRef = useRef<HTMLFormElement>(null);

  useFocusOnServerFieldErrors(formRef, serverError);

  const serverErrors = serverFieldMessages(fieldErrorsOf(serverError), ratingFormFields);
  const errors: FieldMessages<RatingFormField> = { ...serverErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const hasUnmappedServerErrors = fieldErrorsOf(serverError).some(
    (fieldError) => !ratingFormFields.some((field) => field === fieldNameOf(fieldError.field)),
  );
  const renderMessage = useRenderMessage();
  const message = (field: RatingFormField) => renderMessage(errors[field]);
  const set = (field: RatingFormField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ratingFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<RatingFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toRatingInput(parsed.data));
  };

  const engagementOptions = [
    { value: '', label: t('form.choose') },
    ...engagementLevels.map((level) => ({ value: level, label: engagementLabel(level) })),
  ];

  return (
    <form
      ref={formRef}
      id="rating-form"
      className="form form--inline-panel rating-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={handleSubmit}
    >
      <h3 id={headingId} tabIndex={-1} className="rating-form__heading">
        {existing
          ? t('rating.editHeading', { name: stakeholderName })
          : t('rating.newHeading', { name: stakeholderName })}
      </h3>
      {hasFieldErrors ? <Alert tone="error" title={t('common:errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || hasUnmappedServerErrors) ? (
        <ProblemAlert error={serverError} hideFields={ratingFormFields} />
      ) : null}
      <RadioGroupField
        legend={t('rating.power')}
        name="power"
        required
        inline
        hint={t('rating.scaleHint')}
        value={values.power}
        options={scale.map((level) => ({ value: String(level), label: String(level) }))}
        onChange={set('power')}
        error={message('power')}
      />
      <RadioGroupField
        legend={t('rating.interest')}
        name="interest"
        required
        inline
        hint={t('rating.scaleHint')}
        value={values.interest}
        options={scale.map((level) => ({ value: String(level), label: String(level) }))}
        onChange={set('interest')}
        error={message('interest')}
      />
      <RadioGroupField
        legend={t('rating.attitude')}
        name="attitude"
        required
        inline
        value={values.attitude}
        options={attitudes.map((attitude) => ({
          value: String(attitude),
          label: `${signed(attitude)} ${attitudeLabel(attitude)}`,
        }))}
        onChange={set('attitude')}
        error={message('attitude')}
      />
      <div className="form__row">
        <SelectField
          label={t('rating.engagementCurrent')}
          name="engagementCurrent"
          required
          value={values.engagementCurrent}
          options={engagementOptions}
          onChange={(event) => {
            set('engagementCurrent')(event.target.value);
          }}
          error={message('engagementCurrent')}
        />
        <SelectField
          label={t('rating.engagementDesired')}
          name="engagementDesired"
          required
          value={values.engagementDesired}
          options={engagementOptions}
          onChange={(event) => {
            set('engagementDesired')(event.target.value);
          }}
          error={message('engagementDesired')}
        />
      </div>
      <TextAreaField
        label={t('rating.rationale')}
        name="rationale"
        rows={3}
        maxLength={2000}
        value={values.rationale}
        onChange={(event) => {
          set('rationale')(event.target.value);
        }}
        error={message('rationale')}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : t('rating.save')}
        </Button>
        <Button onClick={onCancel}>{t('common:form.cancel')}</Button>
      </div>
    </form>
  );
}
