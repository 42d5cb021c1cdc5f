import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/choice-group';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, fieldNameOf } from '@/lib/api/errors';
import type { StakeholderContactInput } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverFieldMessages,
  useFocusOnServerFieldErrors,
  useRenderMessage,
} from '@/lib/forms/validation';

import {
  contactFormFields,
  contactFormSchema,
  toContactInput,
  type ContactFormField,
  type ContactFormValues,
} from '../utils/contact-form-schema';

interface ContactFormProps {
  heading: string;
  initialValues: ContactFormValues;
  submitLabel: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: StakeholderContactInput) => void;
  onCancel: () => void;
}

/** Add or edit a contact person in place; the heading takes focus when the form opens. */
export function ContactForm({
  heading,
  initialValues,
  submitLabel,
  submitting,
  serverError,
  onSubmit,
  onCancel,
}: ContactFormProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const headingId = useId();
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldMessages<ContactFormField>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useFocusOnServerFieldErrors(formRef, serverError);

  const serverErrors = serverFieldMessages(fieldErrorsOf(serverError), contactFormFields);
  const errors: FieldMessages<ContactFormField> = { ...serverErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const hasUnmappedServerErrors = fieldErrorsOf(serverError).some(
    (fieldError) => !contactFormFields.some((field) => field === fieldNameOf(fieldError.field)),
  );
  const renderMessage = useRenderMessage();
  const message = (field: ContactFormField) => renderMessage(errors[field]);
  const set = (field: Exclude<ContactFormField, 'consentGiven'>) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = contactFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<ContactFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toContactInput(parsed.data));
  };

  return (
    <form
      ref={formRef}
      className="form form--inline-panel"
      noValidate
      aria-labelledby={headingId}
      onSubmit={handleSubmit}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {hasFieldErrors ? <Alert tone="error" title={t('common:errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || hasUnmappedServerErrors) ? (
        <ProblemAlert error={serverError} hideFields={contactFormFields} />
      ) : null}
      <TextField
        label={t('contacts.fields.name')}
        name="name"
        required
        maxLength={200}
        autoComplete="off"
        value={values.name}
        onChange={(event) => {
          set('name')(event.target.value);
        }}
        error={message('name')}
      />
      <TextField
        label={t('contacts.fields.role')}
        name="role"
        maxLength={200}
        autoComplete="off"
        value={values.role}
        onChange={(event) => {
          set('role')(event.target.value);
        }}
        error={message('role')}
      />
      <div className="form__row">
        <TextField
          label={t('contacts.fields.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={(event) => {
            set('email')(event.target.value);
          }}
          error={message('email')}
        />
        <TextField
          label={t('contacts.fields.phone')}
          name="phone"
          type="tel"
          autoComplete="off"
          value={values.phone}
          onChange={(event) => {
            set('phone')(event.target.value);
          }}
          error={message('phone')}
        />
      </div>
      <CheckboxField
        label={t('contacts.fields.consentGiven')}
        name="consentGiven"
        hint={t('contacts.hints.consentGiven')}
        checked={values.consentGiven}
        onChange={(event) => {
          const consentGiven = event.target.checked;
          setValues((current) => ({ ...current, consentGiven }));
        }}
        error={message('consentGiven')}
      />
      {values.consentGiven ? (
        <TextField
          label={t('contacts.fields.consentDate')}
          name="consentDate"
          type="date"
          required
          value={values.consentDate}
          onChange={(event) => {
            set('consentDate')(event.target.value);
          }}
          error={message('consentDate')}
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:form.cancel')}</Button>
      </div>
    </form>
  );
}
