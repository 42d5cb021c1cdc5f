import { useRef } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import { LinkButton } from '@/components/ui/link-button';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { FieldError, Organization } from '@/lib/api/types';
import {
  hasAnyError,
  messageAt,
  useSchemaFormWithMessages,
  useServerFieldErrors,
  type MessagesByPath,
} from '@/lib/forms/schema-form-errors';
import { focusFirstInvalidAfterRender } from '@/lib/forms/validation';
import { browserTimeZone } from '@/lib/i18n/municipal-time';
import { useOrganizationStrategies, useStakeholderRegister } from '@/lib/registers/registers';
import { visibilities } from '@/lib/vocabulary/vocabulary';

import type { WorkshopInput } from '../api/types';
import {
  formMessagesOf,
  hasUnmappedErrors,
  serverFormMessages,
  useFormMessage,
} from '../utils/form-messages';
import {
  toWorkshopInput,
  workshopFormats,
  workshopFormFields,
  workshopFormSchema,
  workshopPurposes,
  type WorkshopFormValues,
} from '../utils/workshop-form-schema';
import { workshopStatuses } from '../utils/workshops';

import { FacilitatorsEditor } from './facilitators-editor';
import { WorkshopWhenWhereFields } from './workshop-when-where-fields';

interface WorkshopFormProps {
  initialValues: WorkshopFormValues;
  /** Organisations the user edits for; a choice is offered only when creating for several. */
  organizations: readonly Organization[];
  creating: boolean;
  /** The clock of the workshop being edited; a new one takes its organisation's. */
  timeZone?: string;
  submitLabel: string;
  cancelTo: string;
  submitting: boolean;
  /** The failed request's error: field errors go next to their fields, the rest into an alert. */
  serverError: unknown;
  onSubmit: (input: WorkshopInput) => void;
}

const serverMessagesOf = (errors: readonly FieldError[]) =>
  serverFormMessages(errors, workshopFormFields);

/** Rows' fields whose server messages show in the facilitators editor. */
const hiddenFields = [...workshopFormFields, 'stakeholderId', 'organizationName', 'role'];

/** The workshops' own messages, by path ("facilitators.0.stakeholderId"). */
function useWorkshopMessages() {
  const renderMessage = useFormMessage();
  return (error: z.ZodError): MessagesByPath =>
    Object.fromEntries(
      Object.entries(formMessagesOf(error)).map(([path, message]) => [
        path,
        renderMessage(message),
      ]),
    );
}

export function WorkshopForm({
  initialValues,
  organizations,
  creating,
  timeZone: workshopTimeZone,
  submitLabel,
  cancelTo,
  submitting,
  serverError,
  onSubmit,
}: WorkshopFormProps) {
  const { t } = useTranslation(['workshops', 'common']);
  const form = useSchemaFormWithMessages(workshopFormSchema, initialValues, useWorkshopMessages());
  const formRef = useRef<HTMLFormElement>(null);
  const { errors } = form.formState;
  useServerFieldErrors(form, formRef, serverError, serverMessagesOf);
  const [organizationId, strategyId] = form.watch(['organizationId', 'strategyId']);
  const strategies = useOrganizationStrategies(organizationId);
  const stakeholders = useStakeholderRegister(organizationId);
  const timeZone =
    workshopTimeZone ??
    organizations.find((organization) => organization.id === organizationId)?.timeZone ??
    organizations[0]?.timeZone ??
    browserTimeZone();
  const message = (path: string) => messageAt(errors, path);
  const field = (name: 'title' | 'strategyId' | 'minutes' | 'externalId') => ({
    error: message(name),
    ...form.register(name),
  });
  const select = (name: 'purpose' | 'format' | 'status' | 'visibility') => ({
    error: message(name),
    ...form.register(name),
  });

  const strategyOptions = [
    { value: '', label: t('form.noStrategy') },
    ...(strategies.data ?? []).map((strategy) => ({ value: strategy.id, label: strategy.title })),
  ];
  if (strategyId && !strategies.data?.some((strategy) => strategy.id === strategyId)) {
    strategyOptions.push({
      value: strategyId,
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
          (values) => {
            onSubmit(toWorkshopInput(values, creating, timeZone));
          },
          // The facilitators' rows are a controlled list, which the form's own focusing does not reach.
          () => {
            focusFirstInvalidAfterRender(formRef);
          },
        )(event)
      }
    >
      <FormErrorAlerts
        hasFieldErrors={hasAnyError(errors)}
        serverError={serverError}
        hasUnmappedServerErrors={hasUnmappedErrors(fieldErrorsOf(serverError), workshopFormFields)}
        hideFields={hiddenFields}
      />

      {creating && organizations.length > 1 ? (
        <SelectField
          label={t('form.fields.organization')}
          required
          hint={t('form.hints.organization')}
          options={organizations.map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
          error={message('organizationId')}
          {...form.register('organizationId', {
            // Strategies and facilitators from the register belong to the organisation.
            onChange: () => {
              form.setValue('strategyId', '');
              form.setValue(
                'facilitators',
                form.getValues('facilitators').filter((row) => row.kind === 'organization'),
              );
            },
          })}
        />
      ) : null}

      <TextField label={t('form.fields.title')} required maxLength={200} {...field('title')} />
      <div className="form__row">
        <SelectField
          label={t('fields.purpose')}
          required
          options={workshopPurposes.map((value) => ({ value, label: t(`purpose.${value}`) }))}
          {...select('purpose')}
        />
        <SelectField
          label={t('fields.format')}
          required
          hint={t('form.hints.format')}
          options={workshopFormats.map((value) => ({ value, label: t(`format.${value}`) }))}
          {...select('format')}
        />
      </div>
      <SelectField
        label={t('form.fields.strategy')}
        hint={t('form.hints.strategy')}
        options={strategyOptions}
        {...field('strategyId')}
      />

      <WorkshopWhenWhereFields form={form} timeZone={timeZone} />

      <SelectField
        label={t('form.fields.status')}
        hint={t('form.hints.status')}
        options={workshopStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        {...select('status')}
      />

      <Controller
        control={form.control}
        name="facilitators"
        render={({ field: facilitators }) => (
          <FacilitatorsEditor
            rows={facilitators.value}
            stakeholders={stakeholders.data ?? []}
            loadingStakeholders={stakeholders.isPending && organizationId !== ''}
            message={message}
            onChange={facilitators.onChange}
          />
        )}
      />

      <TextAreaField
        label={t('detail.minutes')}
        rows={10}
        maxLength={20000}
        hint={t('form.hints.minutes')}
        {...field('minutes')}
      />

      <SelectField
        label={t('form.fields.visibility')}
        hint={t('form.hints.visibility')}
        options={visibilities.map((visibility) => ({
          value: visibility,
          label: t(`form.visibility.${visibility}`),
        }))}
        {...select('visibility')}
      />
      <TextField
        label={t('form.fields.externalId')}
        autoComplete="off"
        maxLength={200}
        hint={t('form.hints.externalId')}
        {...field('externalId')}
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
