import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';
import type { StakeholderAnalysisInput } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverFieldMessages,
  useFocusOnServerFieldErrors,
  useRenderMessage,
} from '@/lib/forms/validation';
import { useVocabulary, visibilities } from '@/lib/vocabulary/vocabulary';

import {
  analysisFormFields,
  analysisFormSchema,
  toAnalysisInput,
  type AnalysisFormField,
  type AnalysisFormValues,
} from '../utils/analysis-form-schema';
import { analysisMethods, analysisStatuses } from '../utils/analysis-options';

interface AnalysisFormProps {
  strategyId: string;
  initialValues: AnalysisFormValues;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: StakeholderAnalysisInput) => void;
}

export function AnalysisForm({
  strategyId,
  initialValues,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: AnalysisFormProps) {
  const { t } = useTranslation(['analyses', 'common']);
  const { visibilityLabel } = useVocabulary();
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldMessages<AnalysisFormField>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const serverErrors = serverFieldMessages(fieldErrorsOf(serverError), analysisFormFields);
  const errors: FieldMessages<AnalysisFormField> = { ...serverErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const hasUnmappedServerErrors = fieldErrorsOf(serverError).some(
    (fieldError) => !analysisFormFields.some((field) => field === fieldNameOf(fieldError.field)),
  );

  useFocusOnServerFieldErrors(formRef, serverError);

  const set = (field: AnalysisFormField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = analysisFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<AnalysisFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toAnalysisInput(parsed.data, strategyId));
  };

  const renderMessage = useRenderMessage();
  const message = (field: AnalysisFormField) => renderMessage(errors[field]);

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      {hasFieldErrors ? <Alert tone="error" title={t('common:errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || hasUnmappedServerErrors) ? (
        <ProblemAlert error={serverError} hideFields={analysisFormFields} />
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
      <div className="form__row">
        <SelectField
          label={t('fields.method')}
          name="method"
          required
          value={values.method}
          onChange={(event) => {
            set('method')(event.target.value);
          }}
          options={[
            { value: '', label: t('form.choose') },
            ...analysisMethods.map((method) => ({ value: method, label: t(`method.${method}`) })),
          ]}
          error={message('method')}
        />
        <TextField
          label={t('fields.conductedOn')}
          name="conductedOn"
          type="date"
          value={values.conductedOn}
          onChange={(event) => {
            set('conductedOn')(event.target.value);
          }}
          error={message('conductedOn')}
        />
      </div>
      <div className="form__row">
        <SelectField
          label={t('fields.status')}
          name="status"
          required
          value={values.status}
          onChange={(event) => {
            set('status')(event.target.value);
          }}
          options={analysisStatuses.map((status) => ({
            value: status,
            label: t(`status.${status}`),
          }))}
          error={message('status')}
        />
        <TextField
          label={t('fields.facilitator')}
          name="facilitator"
          maxLength={200}
          hint={t('hints.facilitator')}
          value={values.facilitator}
          onChange={(event) => {
            set('facilitator')(event.target.value);
          }}
          error={message('facilitator')}
        />
      </div>
      <SelectField
        label={t('fields.visibility')}
        name="visibility"
        value={values.visibility}
        onChange={(event) => {
          set('visibility')(event.target.value);
        }}
        options={visibilities.map((visibility) => ({
          value: visibility,
          label: visibilityLabel(visibility),
        }))}
        error={message('visibility')}
      />
      <TextField
        label={t('fields.externalId')}
        name="externalId"
        autoComplete="off"
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
