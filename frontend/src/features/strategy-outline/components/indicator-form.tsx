import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/choice-group';
import { SelectField, TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import { LinkButton } from '@/components/ui/link-button';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { FieldError, IndicatorInput, StrategyComponent } from '@/lib/api/types';
import { useSchemaForm } from '@/lib/forms/schema-form';
import { hasAnyError, useServerFieldErrors } from '@/lib/forms/schema-form-errors';
import { focusFirstInvalidAfterRender, serverGroupMessages } from '@/lib/forms/validation';

import {
  indicatorFormFields,
  indicatorFormSchema,
  toIndicatorInput,
  type IndicatorFormValues,
} from '../utils/indicator-form-schema';
import { indicatorDirections, indicatorKinds } from '../utils/outline-options';

import { BaselineFields, TargetsFields } from './indicator-measured-fields';

interface IndicatorFormProps {
  goals: readonly StrategyComponent[];
  initialValues: IndicatorFormValues;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: IndicatorInput) => void;
}

/** A server path such as `createIndicator.input.targets[1].date` goes to its group, `targets`. */
const serverMessagesOf = (errors: readonly FieldError[]) =>
  serverGroupMessages(errors, indicatorFormFields);

export function IndicatorForm({
  goals,
  initialValues,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: IndicatorFormProps) {
  const { t } = useTranslation(['outline', 'common']);
  const form = useSchemaForm(indicatorFormSchema, initialValues);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, isSubmitted } = form.formState;
  useServerFieldErrors(form, formRef, serverError, serverMessagesOf);
  const serverFieldErrors = fieldErrorsOf(serverError);

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(
          (values) => {
            onSubmit(toIndicatorInput(values));
          },
          // The direction is a radio group, which the form's own focusing does not reach.
          () => {
            focusFirstInvalidAfterRender(formRef);
          },
        )(event)
      }
    >
      <FormErrorAlerts
        hasFieldErrors={hasAnyError(errors)}
        serverError={serverError}
        hasUnmappedServerErrors={
          serverFieldErrors.length > Object.keys(serverMessagesOf(serverFieldErrors)).length
        }
        hideFields={indicatorFormFields}
      />
      <SelectField
        label={t('indicatorFields.goal')}
        required
        options={[
          { value: '', label: t('form.choose') },
          ...goals.map((goal) => ({ value: goal.id, label: goal.title })),
        ]}
        error={errors.componentId?.message}
        {...form.register('componentId')}
      />
      <TextField
        label={t('indicatorFields.name')}
        required
        maxLength={200}
        error={errors.name?.message}
        {...form.register('name')}
      />
      <div className="form__row">
        <TextField
          label={t('indicatorFields.unit')}
          required
          maxLength={50}
          hint={t('indicatorHints.unit')}
          error={errors.unit?.message}
          {...form.register('unit')}
        />
        <SelectField
          label={t('indicatorFields.kind')}
          required
          hint={t('indicatorHints.kind')}
          options={[
            { value: '', label: t('form.choose') },
            ...indicatorKinds.map((kind) => ({ value: kind, label: t(`indicatorKind.${kind}`) })),
          ]}
          error={errors.kind?.message}
          {...form.register('kind')}
        />
      </div>
      <RadioGroupField
        legend={t('indicatorFields.direction')}
        name="direction"
        required
        inline
        value={form.watch('direction')}
        options={indicatorDirections.map((direction) => ({
          value: direction,
          label: t(`direction.${direction}`),
        }))}
        onChange={(direction) => {
          form.setValue('direction', direction, { shouldValidate: isSubmitted });
        }}
        error={errors.direction?.message}
      />
      <BaselineFields form={form} />
      <TargetsFields form={form} />
      <TextField
        label={t('indicatorFields.source')}
        maxLength={500}
        error={errors.source?.message}
        {...form.register('source')}
      />
      <TextField
        label={t('indicatorFields.externalId')}
        autoComplete="off"
        error={errors.externalId?.message}
        {...form.register('externalId')}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : submitLabel}
        </Button>
        <LinkButton to={cancelTo}>{t('common:form.cancel')}</LinkButton>
      </div>
    </form>
  );
}
