import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxGroupField } from '@/components/ui/choice-group';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';
import type { Organization, StakeholderInput } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverFieldMessages,
  useFocusOnServerFieldErrors,
  useRenderMessage,
} from '@/lib/forms/validation';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { sectors, useVocabulary, visibilities } from '@/lib/vocabulary/vocabulary';

import {
  stakeholderFormFields,
  stakeholderFormSchema,
  toStakeholderInput,
  type StakeholderFormField,
  type StakeholderFormValues,
} from '../utils/stakeholder-form-schema';

interface StakeholderFormProps {
  initialValues: StakeholderFormValues;
  /** Organisations the user edits for; a choice is offered only when there is more than one. */
  organizations: readonly Organization[];
  /** The owner of the stakeholder being edited, whose own fields of action are offered. */
  ownerOrganizationId?: string;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  /** The failed request's error: field errors go next to their fields, the rest into an alert. */
  serverError: unknown;
  onSubmit: (input: StakeholderInput) => void;
}

export function StakeholderForm({
  initialValues,
  organizations,
  ownerOrganizationId,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: StakeholderFormProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const { sectorLabel, visibilityLabel } = useVocabulary();
  const fieldsOfAction = useFieldsOfAction();
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldMessages<StakeholderFormField>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const serverErrors = serverFieldMessages(fieldErrorsOf(serverError), stakeholderFormFields);
  const errors: FieldMessages<StakeholderFormField> = { ...serverErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const hasUnmappedServerErrors = fieldErrorsOf(serverError).some(
    (fieldError) => !stakeholderFormFields.some((field) => field === fieldNameOf(fieldError.field)),
  );

  useFocusOnServerFieldErrors(formRef, serverError);

  const set = (field: Exclude<StakeholderFormField, 'fieldsOfAction'>) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = stakeholderFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<StakeholderFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toStakeholderInput(parsed.data));
  };

  const renderMessage = useRenderMessage();
  const message = (field: StakeholderFormField) => renderMessage(errors[field]);

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
      {hasFieldErrors ? <Alert tone="error" title={t('common:errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || hasUnmappedServerErrors) ? (
        <ProblemAlert error={serverError} hideFields={stakeholderFormFields} />
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
        label={t('fields.name')}
        name="name"
        required
        maxLength={200}
        autoComplete="organization"
        value={values.name}
        onChange={(event) => {
          set('name')(event.target.value);
        }}
        error={message('name')}
      />
      <SelectField
        label={t('fields.sector')}
        name="sector"
        required
        value={values.sector}
        onChange={(event) => {
          set('sector')(event.target.value);
        }}
        options={[
          { value: '', label: t('form.chooseSector') },
          ...sectors.map((sector) => ({ value: sector, label: sectorLabel(sector) })),
        ]}
        error={message('sector')}
      />
      <CheckboxGroupField
        legend={t('fields.fieldsOfAction')}
        name="fieldsOfAction"
        values={values.fieldsOfAction}
        options={fieldsOfAction.options(
          values.organizationId || ownerOrganizationId,
          values.fieldsOfAction,
        )}
        onChange={(selected) => {
          setValues((current) => ({ ...current, fieldsOfAction: selected }));
        }}
        error={message('fieldsOfAction')}
      />
      <TextField
        label={t('fields.website')}
        name="website"
        type="url"
        inputMode="url"
        autoComplete="url"
        hint={t('hints.website')}
        value={values.website}
        onChange={(event) => {
          set('website')(event.target.value);
        }}
        error={message('website')}
      />
      <TextAreaField
        label={t('fields.description')}
        name="description"
        rows={5}
        value={values.description}
        onChange={(event) => {
          set('description')(event.target.value);
        }}
        error={message('description')}
      />
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
          label: visibilityLabel(visibility),
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
