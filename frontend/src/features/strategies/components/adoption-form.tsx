import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { Adoption } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverFieldMessages,
  useRenderMessage,
} from '@/lib/forms/validation';

import {
  adoptionFormFields,
  adoptionFormSchema,
  type AdoptionFormField,
  type AdoptionFormValues,
} from '../utils/strategy-form-schema';

interface AdoptionFormProps {
  submitting: boolean;
  serverError: unknown;
  onSubmit: (adoption: Adoption) => void;
  onCancel: () => void;
}

const emptyAdoption: AdoptionFormValues = { decisionBody: '', decidedOn: '', reference: '' };

/** Adopting a strategy records who decided it, when, and under which reference. */
export function AdoptionForm({ submitting, serverError, onSubmit, onCancel }: AdoptionFormProps) {
  const { t } = useTranslation(['strategies', 'common']);
  const [values, setValues] = useState(emptyAdoption);
  const [clientErrors, setClientErrors] = useState<FieldMessages<AdoptionFormField>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const errors: FieldMessages<AdoptionFormField> = {
    ...serverFieldMessages(fieldErrorsOf(serverError), adoptionFormFields),
    ...clientErrors,
  };
  const renderMessage = useRenderMessage();
  const message = (field: AdoptionFormField) => renderMessage(errors[field]);
  const set = (field: AdoptionFormField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = adoptionFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<AdoptionFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(parsed.data);
  };

  return (
    <form
      ref={formRef}
      className="form form--inline-panel"
      noValidate
      aria-labelledby="adoption-heading"
      onSubmit={handleSubmit}
    >
      <h3 id="adoption-heading" ref={headingRef} tabIndex={-1}>
        {t('adoption.heading')}
      </h3>
      <TextField
        label={t('fields.decisionBody')}
        name="decisionBody"
        required
        value={values.decisionBody}
        onChange={(event) => {
          set('decisionBody')(event.target.value);
        }}
        error={message('decisionBody')}
      />
      <TextField
        label={t('fields.decidedOn')}
        name="decidedOn"
        type="date"
        required
        value={values.decidedOn}
        onChange={(event) => {
          set('decidedOn')(event.target.value);
        }}
        error={message('decidedOn')}
      />
      <TextField
        label={t('fields.reference')}
        name="reference"
        required
        value={values.reference}
        onChange={(event) => {
          set('reference')(event.target.value);
        }}
        error={message('reference')}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : t('adoption.submit')}
        </Button>
        <Button onClick={onCancel}>{t('adoption.cancel')}</Button>
      </div>
    </form>
  );
}
