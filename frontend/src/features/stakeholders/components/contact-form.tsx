import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/choice-group';
import { TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import type { StakeholderContactInput } from '@/lib/api/types';
import { useServerFieldErrors } from '@/lib/forms/path-schema-form';
import { useSchemaForm } from '@/lib/forms/schema-form';

import {
  contactFormFields,
  contactFormSchema,
  toContactInput,
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
  const form = useSchemaForm(contactFormSchema, initialValues);
  const { errors } = form.formState;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useServerFieldErrors(form, serverError, contactFormFields);

  return (
    <form
      className="form form--inline-panel"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          onSubmit(toContactInput(values));
        })(event)
      }
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <FormErrorAlerts
        hasFieldErrors={Object.keys(errors).length > 0}
        serverError={serverError}
        fields={contactFormFields}
      />
      <TextField
        label={t('contacts.fields.name')}
        required
        maxLength={200}
        autoComplete="off"
        error={errors.name?.message}
        {...form.register('name')}
      />
      <TextField
        label={t('contacts.fields.role')}
        maxLength={200}
        autoComplete="off"
        error={errors.role?.message}
        {...form.register('role')}
      />
      <div className="form__row">
        <TextField
          label={t('contacts.fields.email')}
          type="email"
          autoComplete="off"
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          label={t('contacts.fields.phone')}
          type="tel"
          autoComplete="off"
          error={errors.phone?.message}
          {...form.register('phone')}
        />
      </div>
      <CheckboxField
        label={t('contacts.fields.consentGiven')}
        hint={t('contacts.hints.consentGiven')}
        error={errors.consentGiven?.message}
        {...form.register('consentGiven')}
      />
      {form.watch('consentGiven') ? (
        <TextField
          label={t('contacts.fields.consentDate')}
          type="date"
          required
          error={errors.consentDate?.message}
          {...form.register('consentDate')}
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
