import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';
import type { Organization, StrategyInput } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverFieldMessages,
  useFocusOnServerFieldErrors,
  useRenderMessage,
} from '@/lib/forms/validation';

import {
  strategyFormFields,
  strategyFormSchema,
  toStrategyInput,
  type StrategyFormField,
  type StrategyFormValues,
} from '../utils/strategy-form-schema';
import { visibilities } from '../utils/strategy-options';

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
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldMessages<StrategyFormField>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const serverErrors = serverFieldMessages(fieldErrorsOf(serverError), strategyFormFields);
  const errors: FieldMessages<StrategyFormField> = { ...serverErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const hasUnmappedServerErrors = fieldErrorsOf(serverError).some(
    (fieldError) => !strategyFormFields.some((field) => field === fieldNameOf(fieldError.field)),
  );

  useFocusOnServerFieldErrors(formRef, serverError);

  const set = (field: StrategyFormField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = strategyFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<StrategyFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toStrategyInput(parsed.data));
  };

  const renderMessage = useRenderMessage();
  const message = (field: StrategyFormField) => renderMessage(errors[field]);

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      {hasFieldErrors ? <Alert tone="error" title={t('common:errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || hasUnmappedServerErrors) ? (
        <ProblemAlert error={serverError} hideFields={strategyFormFields} />
      ) : null}

      {organizations.length > 1 ? (
        <SelectField
          label={t('fields.organization')}
          name="organizationId"
          required
          value={values.organizationId}
          onChange={(event) => {
            set('organizationId')(event.target.value);
          }}
          options={organizations.map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
          error={message('organizationId')}
        />
      ) : null}

      <TextField
        label={t('fields.title')}
        name="title"
        required
        maxLength={200}
        value={values.title}
        onChange={(event) => {
          set('title')(event.target.value);
        }}
        error={message('title')}
      />
      <TextAreaField
        label={t('fields.summary')}
        name="summary"
        rows={6}
        value={values.summary}
        onChange={(event) => {
          set('summary')(event.target.value);
        }}
        error={message('summary')}
      />
      <div className="form__row">
        <TextField
          label={t('fields.periodFrom')}
          name="periodFrom"
          inputMode="numeric"
          autoComplete="off"
          hint={t('hints.periodFrom')}
          value={values.periodFrom}
          onChange={(event) => {
            set('periodFrom')(event.target.value);
          }}
          error={message('periodFrom')}
        />
        <TextField
          label={t('fields.periodTo')}
          name="periodTo"
          inputMode="numeric"
          autoComplete="off"
          hint={t('hints.periodTo')}
          value={values.periodTo}
          onChange={(event) => {
            set('periodTo')(event.target.value);
          }}
          error={message('periodTo')}
        />
      </div>
      <SelectField
        label={t('fields.visibility')}
        name="visibility"
        hint={t('hints.visibility')}
        value={values.visibility}
        onChange={(event) => {
          set('visibility')(event.target.value);
        }}
        options={visibilities.map((visibility) => ({
          value: visibility,
          label: t(`visibility.${visibility}`),
        }))}
        error={message('visibility')}
      />
      <TextField
        label={t('fields.externalId')}
        name="externalId"
        autoComplete="off"
        hint={t('hints.externalId')}
        value={values.externalId}
        onChange={(event) => {
          set('externalId')(event.target.value);
        }}
        error={message('externalId')}
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
