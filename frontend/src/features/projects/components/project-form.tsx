import { useRef, useState, type ChangeEvent, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { Organization } from '@/lib/api/types';
import { useFocusOnServerFieldErrors, focusFirstInvalidAfterRender } from '@/lib/forms/validation';
import { useOrganizationStrategies, useStakeholderRegister } from '@/lib/registers/registers';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';

import type { StarterProjectInput } from '../api/types';
import {
  formMessagesOf,
  hasUnmappedErrors,
  serverFormMessages,
  useFormMessage,
  type FormMessages,
} from '../utils/form-messages';
import {
  projectFormFields,
  projectFormSchema,
  toProjectInput,
  type ProjectFormValues,
} from '../utils/project-form-schema';
import { visibilities } from '../utils/project-options';

import { CheckboxGroup } from './checkbox-group';
import { ComponentLinksEditor } from './component-links-editor';
import { PartiesEditor } from './parties-editor';

interface ProjectFormProps {
  initialValues: ProjectFormValues;
  /** Organisations the user edits for; a choice is offered only when creating for several. */
  organizations: readonly Organization[];
  creating: boolean;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  /** The failed request's error: field errors go next to their fields, the rest into an alert. */
  serverError: unknown;
  onSubmit: (input: StarterProjectInput) => void;
}

type TextFieldName =
  | 'title'
  | 'summary'
  | 'strategyId'
  | 'startDate'
  | 'plannedCompletion'
  | 'actualCompletion'
  | 'budgetPlanned'
  | 'budgetActual'
  | 'fundingSource'
  | 'externalId';

export function ProjectForm({
  initialValues,
  organizations,
  creating,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: ProjectFormProps) {
  const { t, i18n } = useTranslation(['projects', 'common']);
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FormMessages>({});
  const [linksNotice, setLinksNotice] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const strategies = useOrganizationStrategies(values.organizationId);
  const stakeholders = useStakeholderRegister(values.organizationId);
  const fieldsOfAction = useFieldsOfAction();

  const serverFieldErrors = fieldErrorsOf(serverError);
  const errors: FormMessages = {
    ...serverFormMessages(serverFieldErrors, projectFormFields),
    ...clientErrors,
  };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const renderMessage = useFormMessage();
  const message = (path: string) => renderMessage(errors[path]);

  useFocusOnServerFieldErrors(formRef, serverError);

  const set = <F extends keyof ProjectFormValues>(field: F, value: ProjectFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  /** Value, change handler and message of a field that holds text as typed. */
  const text = (field: TextFieldName) => ({
    name: field,
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      set(field, event.target.value);
    },
    error: message(field),
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = projectFormSchema(i18n.language).safeParse(values);
    if (!parsed.success) {
      setClientErrors(formMessagesOf(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toProjectInput(parsed.data, { language: i18n.language, creating }));
  };

  /** Linked components are parts of the strategy: another strategy (or none) drops them. */
  const changeStrategy = (strategyId: string) => {
    const dropped = values.componentIds.length;
    setValues((current) => ({ ...current, strategyId, componentIds: [] }));
    setLinksNotice(dropped > 0 ? t('links.dropped', { count: dropped }) : '');
  };

  const strategyOptions = [
    { value: '', label: t('form.noStrategy') },
    ...(strategies.data ?? []).map((strategy) => ({ value: strategy.id, label: strategy.title })),
  ];
  if (
    values.strategyId &&
    !strategies.data?.some((strategy) => strategy.id === values.strategyId)
  ) {
    strategyOptions.push({
      value: values.strategyId,
      label: strategies.isPending ? t('common:loading') : t('form.unknownStrategy'),
    });
  }

  return (
    <form ref={formRef} className="form form--wide" noValidate onSubmit={handleSubmit}>
      {hasFieldErrors ? <Alert tone="error" title={t('common:errors.fieldErrors')} /> : null}
      {serverError &&
      (!hasFieldErrors || hasUnmappedErrors(serverFieldErrors, projectFormFields)) ? (
        <ProblemAlert
          error={serverError}
          hideFields={[...projectFormFields, 'stakeholderId', 'role']}
        />
      ) : null}

      {creating && organizations.length > 1 ? (
        <SelectField
          label={t('fields.organization')}
          name="organizationId"
          required
          hint={t('form.organizationHint')}
          value={values.organizationId}
          onChange={(event) => {
            // Strategies and parties belong to the organisation: start them afresh.
            changeStrategy('');
            setValues((current) => ({
              ...current,
              organizationId: event.target.value,
              parties: [],
            }));
          }}
          options={organizations.map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
          error={message('organizationId')}
        />
      ) : null}

      <TextField label={t('fields.title')} required maxLength={200} {...text('title')} />
      <TextAreaField label={t('fields.summary')} rows={5} {...text('summary')} />
      <CheckboxGroup
        legend={t('fields.fieldsOfAction')}
        options={fieldsOfAction.options(values.organizationId, values.fieldsOfAction)}
        selected={values.fieldsOfAction}
        onChange={(selected) => {
          set('fieldsOfAction', selected);
        }}
        error={message('fieldsOfAction')}
      />
      <SelectField
        label={t('fields.strategy')}
        hint={t('form.strategyHint')}
        options={strategyOptions}
        {...text('strategyId')}
        onChange={(event) => {
          changeStrategy(event.target.value);
        }}
      />
      <ComponentLinksEditor
        strategyId={values.strategyId}
        selected={values.componentIds}
        message={message}
        notice={linksNotice}
        onChange={(componentIds) => {
          set('componentIds', componentIds);
        }}
      />

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('form.dates')}</legend>
        <div className="form__row">
          <TextField label={t('fields.startDate')} type="date" {...text('startDate')} />
          <TextField
            label={t('fields.plannedCompletion')}
            type="date"
            {...text('plannedCompletion')}
          />
          <TextField
            label={t('fields.actualCompletion')}
            type="date"
            {...text('actualCompletion')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('form.budget')}</legend>
        <div className="form__row">
          <TextField
            label={t('fields.budgetPlannedEuro')}
            inputMode="decimal"
            autoComplete="off"
            hint={t('form.amountHint')}
            {...text('budgetPlanned')}
          />
          <TextField
            label={t('fields.budgetActualEuro')}
            inputMode="decimal"
            autoComplete="off"
            hint={t('form.amountHint')}
            {...text('budgetActual')}
          />
        </div>
        <TextField
          label={t('fields.fundingSource')}
          maxLength={200}
          hint={t('form.fundingSourceHint')}
          {...text('fundingSource')}
        />
      </fieldset>

      <PartiesEditor
        parties={values.parties}
        stakeholders={stakeholders.data ?? []}
        loadingStakeholders={stakeholders.isPending && values.organizationId !== ''}
        message={message}
        onChange={(parties) => {
          set('parties', parties);
        }}
      />

      <SelectField
        label={t('fields.visibility')}
        name="visibility"
        hint={t('form.visibilityHint')}
        value={values.visibility}
        onChange={(event) => {
          const visibility = visibilities.find((option) => option === event.target.value);
          if (visibility) {
            set('visibility', visibility);
          }
        }}
        options={visibilities.map((visibility) => ({
          value: visibility,
          label: t(`visibility.${visibility}`),
        }))}
        error={message('visibility')}
      />
      <TextField
        label={t('fields.externalId')}
        autoComplete="off"
        hint={t('form.externalIdHint')}
        {...text('externalId')}
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
