import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import { LinkButton } from '@/components/ui/link-button';
import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';
import type { FieldError, Organization, StrategyInput } from '@/lib/api/types';
import { useSchemaForm } from '@/lib/forms/schema-form';
import { hasAnyError, useServerFieldErrors } from '@/lib/forms/schema-form-errors';
import { serverFieldMessages } from '@/lib/forms/validation';

import {
  strategyFormFields,
  strategyFormSchema,
  toStrategyInput,
  type StrategyFormValues,
} from '../utils/strategy-form-schema';
import { visibilities } from '../utils/strategy-options';

const serverMessagesOf = (errors: readonly FieldError[]) =>
  serverFieldMessages(errors, strategyFormFields);

interface StrategyFormProps {
  initialValues: StrategyFormValues;
  /** Organisations the user edits for; a choice is offered only when there is more than one. */
  organizations: readonly Organization[];
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  /** The failed request's error: field errors go next to their fields, the rest into an alert. */
  serverError: unknown;
  onSubmit: (input: StrategyInput) => void;
}

export function StrategyForm({
  initialValues,
  organizations,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: StrategyFormProps) {
  const { t } = useTranslation(['strategies', 'common']);
  const form = useSchemaForm(strategyFormSchema, initialValues);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors } = form.formState;
  useServerFieldErrors(form, formRef, serverError, serverMessagesOf);

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          onSubmit(toStrategyInput(values));
        })(event)
      }
    >
      <FormErrorAlerts
        hasFieldErrors={hasAnyError(errors)}
        serverError={serverError}
        hasUnmappedServerErrors={fieldErrorsOf(serverError).some(
          (fieldError) =>
            !strategyFormFields.some((field) => field === fieldNameOf(fieldError.field)),
        )}
        hideFields={strategyFormFields}
      />

      {organizations.length > 1 ? (
        <SelectField
          label={t('fields.organization')}
          required
          options={organizations.map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
          error={errors.organizationId?.message}
          {...form.register('organizationId')}
        />
      ) : null}

      <TextField
        label={t('fields.title')}
        required
        maxLength={200}
        error={errors.title?.message}
        {...form.register('title')}
      />
      <TextAreaField
        label={t('fields.summary')}
        rows={6}
        error={errors.summary?.message}
        {...form.register('summary')}
      />
      <div className="form__row">
        <TextField
          label={t('fields.periodFrom')}
          inputMode="numeric"
          autoComplete="off"
          hint={t('hints.periodFrom')}
          error={errors.periodFrom?.message}
          {...form.register('periodFrom')}
        />
        <TextField
          label={t('fields.periodTo')}
          inputMode="numeric"
          autoComplete="off"
          hint={t('hints.periodTo')}
          error={errors.periodTo?.message}
          {...form.register('periodTo')}
        />
      </div>
      <SelectField
        label={t('fields.visibility')}
        hint={t('hints.visibility')}
        options={visibilities.map((visibility) => ({
          value: visibility,
          label: t(`visibility.${visibility}`),
        }))}
        error={errors.visibility?.message}
        {...form.register('visibility')}
      />
      <TextField
        label={t('fields.externalId')}
        autoComplete="off"
        hint={t('hints.externalId')}
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
