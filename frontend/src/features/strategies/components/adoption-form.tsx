import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { Adoption } from '@/lib/api/types';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { useFormatters } from '@/lib/i18n/format';

import { useOrganizationDecisions } from '../api/get-council-decisions';
import {
  adoptionFormFields,
  adoptionFormSchema,
  type AdoptionFormValues,
} from '../utils/strategy-form-schema';

interface AdoptionFormProps {
  /** The strategy's organisation: only its own council decisions can adopt it. */
  organizationId: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (adoption: Adoption) => void;
  onCancel: () => void;
}

const emptyAdoption: AdoptionFormValues = {
  decisionBody: '',
  decidedOn: '',
  reference: '',
  decisionId: '',
};

/**
 * Adopting a strategy records who decided it, when, and under which reference, and may link the
 * organisation's recorded council decision (which fills in those three).
 */
export function AdoptionForm({
  organizationId,
  submitting,
  serverError,
  onSubmit,
  onCancel,
}: AdoptionFormProps) {
  const { t } = useTranslation(['strategies', 'common']);
  const { formatDate } = useFormatters();
  const decisions = useOrganizationDecisions(organizationId);
  const form = useSchemaForm<AdoptionFormValues>(adoptionFormSchema, emptyAdoption);
  const { errors } = form.formState;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const choices = decisions.data?.items ?? [];

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    applyServerFieldErrors(form, serverError, adoptionFormFields);
  }, [form, serverError]);

  const decisionField = form.register('decisionId', {
    onChange: (event: { target: { value: string } }) => {
      const chosen = choices.find((decision) => decision.id === event.target.value);
      if (chosen) {
        const options = { shouldValidate: form.formState.isSubmitted };
        form.setValue('decisionBody', chosen.body, options);
        form.setValue('decidedOn', chosen.decidedOn, options);
        form.setValue('reference', chosen.reference, options);
      }
    },
  });

  const submit = (values: AdoptionFormValues) => {
    onSubmit({
      decisionBody: values.decisionBody.trim(),
      decidedOn: values.decidedOn.trim(),
      reference: values.reference.trim(),
      ...(values.decisionId ? { decisionId: values.decisionId } : {}),
    });
  };

  return (
    <form
      className="form form--inline-panel"
      noValidate
      aria-labelledby="adoption-heading"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h3 id="adoption-heading" ref={headingRef} tabIndex={-1}>
        {t('adoption.heading')}
      </h3>
      <SelectField
        label={t('adoption.decision')}
        hint={decisions.isError ? t('adoption.decisionsUnavailable') : t('adoption.decisionHint')}
        error={errors.decisionId?.message}
        disabled={decisions.isPending}
        options={[
          { value: '', label: t('adoption.noDecision') },
          ...choices.map((decision) => ({
            value: decision.id,
            label: t('adoption.decisionOption', {
              reference: decision.reference,
              body: decision.body,
              date: formatDate(decision.decidedOn),
            }),
          })),
        ]}
        {...decisionField}
      />
      <TextField
        label={t('fields.decisionBody')}
        required
        error={errors.decisionBody?.message}
        {...form.register('decisionBody')}
      />
      <TextField
        label={t('fields.decidedOn')}
        type="date"
        required
        error={errors.decidedOn?.message}
        {...form.register('decidedOn')}
      />
      <TextField
        label={t('fields.reference')}
        required
        error={errors.reference?.message}
        {...form.register('reference')}
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
