import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import { LinkButton } from '@/components/ui/link-button';
import type { Organization } from '@/lib/api/types';
import {
  errorMessageAt,
  usePathSchemaForm,
  useServerFieldErrors,
} from '@/lib/forms/path-schema-form';
import { focusFirstInvalidAfterRender } from '@/lib/forms/validation';
import { useOrganizationStrategies, useStakeholderRegister } from '@/lib/registers/registers';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';

import type { StarterProjectInput } from '../api/types';
import { formMessagesOf, useFormMessage } from '../utils/form-messages';
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
  const form = usePathSchemaForm(projectFormSchema(i18n.language), initialValues, {
    messagesOf: formMessagesOf,
    render: useFormMessage(),
  });
  const { errors } = form.formState;
  const formRef = useRef<HTMLFormElement>(null);
  useServerFieldErrors(form, serverError, projectFormFields, { byPath: true });
  const [linksNotice, setLinksNotice] = useState('');
  const values = form.watch();
  const strategies = useOrganizationStrategies(values.organizationId);
  const stakeholders = useStakeholderRegister(values.organizationId);
  const fieldsOfAction = useFieldsOfAction();
  const message = (path: string) => errorMessageAt(form, path);
  /** Registration and message of a field that holds text as typed. */
  const text = (field: TextFieldName) => ({ ...form.register(field), error: message(field) });

  /** Linked components are parts of the strategy: another strategy (or none) drops them. */
  const dropComponentLinks = () => {
    const dropped = form.getValues('componentIds').length;
    form.setValue('componentIds', []);
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
    <form
      ref={formRef}
      className="form form--wide"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(
          (parsed) => {
            onSubmit(toProjectInput(parsed, { language: i18n.language, creating }));
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
        fields={projectFormFields}
        hideFields={[...projectFormFields, 'stakeholderId', 'role']}
      />

      {creating && organizations.length > 1 ? (
        <SelectField
          label={t('fields.organization')}
          required
          hint={t('form.organizationHint')}
          {...form.register('organizationId', {
            onChange: () => {
              // Strategies and parties belong to the organisation: start them afresh.
              form.setValue('strategyId', '');
              dropComponentLinks();
              form.setValue('parties', []);
            },
          })}
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
          form.setValue('fieldsOfAction', selected, { shouldDirty: true });
        }}
        error={message('fieldsOfAction')}
      />
      <SelectField
        label={t('fields.strategy')}
        hint={t('form.strategyHint')}
        options={strategyOptions}
        error={message('strategyId')}
        {...form.register('strategyId', { onChange: dropComponentLinks })}
      />
      <ComponentLinksEditor
        strategyId={values.strategyId}
        selected={values.componentIds}
        message={message}
        notice={linksNotice}
        onChange={(componentIds) => {
          form.setValue('componentIds', componentIds, { shouldDirty: true });
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
        form={form}
        stakeholders={stakeholders.data ?? []}
        loadingStakeholders={stakeholders.isPending && values.organizationId !== ''}
      />

      <SelectField
        label={t('fields.visibility')}
        hint={t('form.visibilityHint')}
        options={visibilities.map((visibility) => ({
          value: visibility,
          label: t(`visibility.${visibility}`),
        }))}
        error={message('visibility')}
        {...form.register('visibility')}
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
