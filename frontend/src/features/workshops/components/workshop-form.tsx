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
import { browserTimeZone } from '@/lib/i18n/municipal-time';
import { useOrganizationStrategies, useStakeholderRegister } from '@/lib/registers/registers';
import { visibilities } from '@/lib/vocabulary/vocabulary';

import type { WorkshopInput } from '../api/types';
import {
  formMessagesOf,
  hasUnmappedErrors,
  serverFormMessages,
  useFormMessage,
  type FormMessages,
} from '../utils/form-messages';
import {
  CAPACITY_MAX,
  CAPACITY_MIN,
  needsOnlineLink,
  needsPlace,
  toWorkshopInput,
  workshopFormats,
  workshopFormFields,
  workshopFormSchema,
  workshopPurposes,
  type WorkshopFormValues,
} from '../utils/workshop-form-schema';
import { workshopStatuses } from '../utils/workshops';

import { FacilitatorsEditor } from './facilitators-editor';

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

type TextFieldName =
  | 'title'
  | 'strategyId'
  | 'startsAt'
  | 'endsAt'
  | 'place'
  | 'onlineLink'
  | 'capacity'
  | 'minutes'
  | 'externalId';

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
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FormMessages>({});
  const formRef = useRef<HTMLFormElement>(null);
  const strategies = useOrganizationStrategies(values.organizationId);
  const stakeholders = useStakeholderRegister(values.organizationId);
  const timeZone =
    workshopTimeZone ??
    organizations.find((organization) => organization.id === values.organizationId)?.timeZone ??
    organizations[0]?.timeZone ??
    browserTimeZone();

  const serverFieldErrors = fieldErrorsOf(serverError);
  const errors: FormMessages = {
    ...serverFormMessages(serverFieldErrors, workshopFormFields),
    ...clientErrors,
  };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const renderMessage = useFormMessage();
  const message = (path: string) => renderMessage(errors[path]);

  useFocusOnServerFieldErrors(formRef, serverError);

  const set = <F extends keyof WorkshopFormValues>(field: F, value: WorkshopFormValues[F]) => {
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
    const parsed = workshopFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(formMessagesOf(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toWorkshopInput(parsed.data, creating, timeZone));
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
      (!hasFieldErrors || hasUnmappedErrors(serverFieldErrors, workshopFormFields)) ? (
        <ProblemAlert
          error={serverError}
          hideFields={[...workshopFormFields, 'stakeholderId', 'organizationName', 'role']}
        />
      ) : null}

      {creating && organizations.length > 1 ? (
        <SelectField
          label={t('form.fields.organization')}
          name="organizationId"
          required
          hint={t('form.hints.organization')}
          value={values.organizationId}
          onChange={(event) => {
            // Strategies and facilitators from the register belong to the organisation.
            setValues((current) => ({
              ...current,
              organizationId: event.target.value,
              strategyId: '',
              facilitators: current.facilitators.filter((row) => row.kind === 'organization'),
            }));
          }}
          options={organizations.map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
          error={message('organizationId')}
        />
      ) : null}

      <TextField label={t('form.fields.title')} required maxLength={200} {...text('title')} />
      <div className="form__row">
        <SelectField
          label={t('fields.purpose')}
          name="purpose"
          required
          value={values.purpose}
          onChange={(event) => {
            const purpose = workshopPurposes.find((option) => option === event.target.value);
            if (purpose) {
              set('purpose', purpose);
            }
          }}
          options={workshopPurposes.map((value) => ({ value, label: t(`purpose.${value}`) }))}
          error={message('purpose')}
        />
        <SelectField
          label={t('fields.format')}
          name="format"
          required
          hint={t('form.hints.format')}
          value={values.format}
          onChange={(event) => {
            const format = workshopFormats.find((option) => option === event.target.value);
            if (format) {
              set('format', format);
            }
          }}
          options={workshopFormats.map((value) => ({ value, label: t(`format.${value}`) }))}
          error={message('format')}
        />
      </div>
      <SelectField
        label={t('form.fields.strategy')}
        hint={t('form.hints.strategy')}
        options={strategyOptions}
        {...text('strategyId')}
      />

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('form.when')}</legend>
        <p className="field__hint">{t('form.hints.timeZone', { zone: timeZone })}</p>
        <div className="form__row">
          <TextField
            label={t('form.fields.startsAt')}
            type="datetime-local"
            required
            {...text('startsAt')}
          />
          <TextField
            label={t('form.fields.endsAt')}
            type="datetime-local"
            required
            {...text('endsAt')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('form.where')}</legend>
        {needsPlace(values.format) ? (
          <TextField
            label={t('fields.place')}
            required
            maxLength={300}
            autoComplete="off"
            {...text('place')}
          />
        ) : null}
        {needsOnlineLink(values.format) ? (
          <TextField
            label={t('fields.onlineLink')}
            type="url"
            required
            maxLength={500}
            autoComplete="off"
            hint={t('form.hints.onlineLink')}
            {...text('onlineLink')}
          />
        ) : null}
        <TextField
          label={t('fields.capacity')}
          required
          inputMode="numeric"
          autoComplete="off"
          hint={t('form.hints.capacity', { min: CAPACITY_MIN, max: CAPACITY_MAX })}
          {...text('capacity')}
        />
      </fieldset>

      <SelectField
        label={t('form.fields.status')}
        name="status"
        hint={t('form.hints.status')}
        value={values.status}
        onChange={(event) => {
          const status = workshopStatuses.find((option) => option === event.target.value);
          if (status) {
            set('status', status);
          }
        }}
        options={workshopStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        error={message('status')}
      />

      <FacilitatorsEditor
        rows={values.facilitators}
        stakeholders={stakeholders.data ?? []}
        loadingStakeholders={stakeholders.isPending && values.organizationId !== ''}
        message={message}
        onChange={(facilitators) => {
          set('facilitators', facilitators);
        }}
      />

      <TextAreaField
        label={t('detail.minutes')}
        rows={10}
        maxLength={20000}
        hint={t('form.hints.minutes')}
        {...text('minutes')}
      />

      <SelectField
        label={t('form.fields.visibility')}
        name="visibility"
        hint={t('form.hints.visibility')}
        value={values.visibility}
        onChange={(event) => {
          const visibility = visibilities.find((option) => option === event.target.value);
          if (visibility) {
            set('visibility', visibility);
          }
        }}
        options={visibilities.map((visibility) => ({
          value: visibility,
          label: t(`form.visibility.${visibility}`),
        }))}
        error={message('visibility')}
      />
      <TextField
        label={t('form.fields.externalId')}
        autoComplete="off"
        maxLength={200}
        hint={t('form.hints.externalId')}
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
