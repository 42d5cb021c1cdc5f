import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import { LinkButton } from '@/components/ui/link-button';
import {
  errorMessageAt,
  usePathSchemaForm,
  useServerFieldErrors,
} from '@/lib/forms/path-schema-form';
import { focusFirstInvalidAfterRender } from '@/lib/forms/validation';

import { useStrategyIndicators } from '../api/get-strategy-indicators';
import type { MeasureInput } from '../api/types';
import { formMessagesOf, useFormMessage } from '../utils/form-messages';
import {
  measureFormFields,
  measureFormSchema,
  toMeasureInputFromForm,
  type MeasureFormValues,
} from '../utils/measure-form-schema';
import { confidences, measureStatuses } from '../utils/project-options';

import { ContributionsEditor } from './contributions-editor';
import { StepsEditor } from './steps-editor';

interface MeasureFormProps {
  initialValues: MeasureFormValues;
  /** The project's strategy, whose indicators the measure may contribute to. */
  strategyId: string | undefined;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: MeasureInput) => void;
}

type TextFieldName = Exclude<keyof MeasureFormValues, 'steps' | 'indicatorContributions'>;

/** All fields of a measure: what, who, when, its impact estimates and its steps. */
export function MeasureForm({
  initialValues,
  strategyId,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: MeasureFormProps) {
  const { t, i18n } = useTranslation(['projects', 'common']);
  const form = usePathSchemaForm(measureFormSchema(i18n.language), initialValues, {
    messagesOf: formMessagesOf,
    render: useFormMessage(),
  });
  const { errors } = form.formState;
  const formRef = useRef<HTMLFormElement>(null);
  useServerFieldErrors(form, serverError, measureFormFields, { byPath: true });
  const indicators = useStrategyIndicators(strategyId ?? '');

  /** Registration and message of a field that holds text as typed. */
  const field = (name: TextFieldName) => ({
    ...form.register(name),
    error: errorMessageAt(form, name),
  });
  const number = (name: TextFieldName) => ({
    ...field(name),
    inputMode: 'decimal' as const,
    autoComplete: 'off',
  });

  return (
    <form
      ref={formRef}
      className="form form--wide"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(
          (values) => {
            onSubmit(toMeasureInputFromForm(values, i18n.language));
          },
          () => {
            focusFirstInvalidAfterRender(formRef);
          },
        )(event)
      }
    >
      <FormErrorAlerts
        hasFieldErrors={Object.keys(errors).length > 0}
        serverError={serverError}
        fields={measureFormFields}
        hideFields={[...measureFormFields, 'indicatorId', 'value']}
      />

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('measureForm.basics')}</legend>
        <TextField label={t('measureForm.title')} required maxLength={200} {...field('title')} />
        <TextAreaField label={t('measureForm.description')} rows={4} {...field('description')} />
        <div className="form__row">
          <TextField
            label={t('measureForm.responsible')}
            maxLength={200}
            hint={t('measureForm.responsibleHint')}
            {...field('responsible')}
          />
          <TextField
            label={t('measureForm.involved')}
            maxLength={500}
            hint={t('measureForm.involvedHint')}
            {...field('involved')}
          />
        </div>
        <div className="form__row">
          <TextField
            label={t('measureForm.plannedCompletion')}
            type="date"
            {...field('plannedCompletion')}
          />
          <SelectField
            label={t('measureForm.status')}
            options={measureStatuses.map((status) => ({
              value: status,
              label: t(`measureStatus.${status}`),
            }))}
            {...field('status')}
          />
        </div>
      </fieldset>

      <StepsEditor form={form} />

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('measureForm.climate')}</legend>
        <p className="field__hint">{t('measureForm.numberHint')}</p>
        <div className="form__row">
          <TextField
            label={t('measureForm.co2eTonnesPerYear')}
            hint={t('measureForm.co2eHint')}
            {...number('co2eTonnesPerYear')}
          />
          <SelectField
            label={t('measureForm.co2eConfidence')}
            options={[
              { value: '', label: t('measureForm.noConfidence') },
              ...confidences.map((confidence) => ({
                value: confidence,
                label: t(`confidence.${confidence}`),
              })),
            ]}
            {...field('co2eConfidence')}
          />
        </div>
        <TextField
          label={t('measureForm.co2eMethod')}
          maxLength={500}
          hint={t('measureForm.co2eMethodHint')}
          {...field('co2eMethod')}
        />
      </fieldset>

      <ContributionsEditor
        form={form}
        hasStrategy={Boolean(strategyId)}
        indicators={indicators.data ?? []}
        loadingIndicators={Boolean(strategyId) && indicators.isPending}
        indicatorsFailed={indicators.isError}
      />

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('measureForm.energy')}</legend>
        <TextField
          label={t('measureForm.renewableMwhPerYear')}
          {...number('renewableMwhPerYear')}
        />
        <div className="form__row">
          <TextField
            label={t('measureForm.energyCarrierFrom')}
            maxLength={100}
            hint={t('measureForm.energyCarrierFromHint')}
            {...field('energyCarrierFrom')}
          />
          <TextField
            label={t('measureForm.energyCarrierTo')}
            maxLength={100}
            hint={t('measureForm.energyCarrierToHint')}
            {...field('energyCarrierTo')}
          />
        </div>
        <TextField
          label={t('measureForm.energyReplacedMwhPerYear')}
          {...number('energyReplacedMwhPerYear')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('measureForm.material')}</legend>
        <div className="form__row">
          <TextField label={t('measureForm.materialAvoidedT')} {...number('materialAvoidedT')} />
          <TextField label={t('measureForm.materialReusedT')} {...number('materialReusedT')} />
          <TextField label={t('measureForm.materialRecycledT')} {...number('materialRecycledT')} />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('measureForm.costs')}</legend>
        <TextField label={t('measureForm.cost')} {...number('cost')} />
      </fieldset>

      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : submitLabel}
        </Button>
        <LinkButton to={cancelTo}>{t('common:form.cancel')}</LinkButton>
      </div>
    </form>
  );
}
