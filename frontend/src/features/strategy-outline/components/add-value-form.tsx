import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/choice-group';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { FieldError, IndicatorValueInput } from '@/lib/api/types';
import { useSchemaForm } from '@/lib/forms/schema-form';
import { useServerFieldErrors } from '@/lib/forms/schema-form-errors';
import { serverGroupMessages } from '@/lib/forms/validation';

import { valueKinds } from '../utils/outline-options';
import {
  toValueInput,
  valueFormFields,
  valueFormSchema,
  type ValueFormValues,
} from '../utils/value-form-schema';

interface AddValueFormProps {
  unit: string;
  submitting: boolean;
  serverError: unknown;
  /** Resolves once the value is saved, so that the form can clear for the next one. */
  onSubmit: (input: IndicatorValueInput) => Promise<unknown>;
}

const emptyValue: ValueFormValues = { observedOn: '', value: '', kind: 'ACTUAL' };

const serverMessagesOf = (errors: readonly FieldError[]) =>
  serverGroupMessages(errors, valueFormFields);

/** Date, value and kind: a short form next to the chart for recording the next value. */
export function AddValueForm({ unit, submitting, serverError, onSubmit }: AddValueFormProps) {
  const { t } = useTranslation(['outline', 'common']);
  const headingId = useId();
  const form = useSchemaForm(valueFormSchema, emptyValue);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors } = form.formState;
  useServerFieldErrors(form, formRef, serverError, serverMessagesOf);
  const hasServerFieldErrors = Object.keys(serverMessagesOf(fieldErrorsOf(serverError))).length > 0;

  const submit = (values: ValueFormValues) => {
    void onSubmit(toValueInput(values)).then(
      () => {
        // Before the reset, which drops the registered inputs until they render again.
        form.setFocus('observedOn');
        form.reset({ ...emptyValue, kind: values.kind });
      },
      () => {
        // Shown from the mutation's error state.
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--inline-panel add-value-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h3 id={headingId}>{t('values.addHeading')}</h3>
      {serverError && !hasServerFieldErrors ? <ProblemAlert error={serverError} /> : null}
      <div className="form__row">
        <TextField
          label={t('values.date')}
          type="date"
          required
          error={errors.observedOn?.message}
          {...form.register('observedOn')}
        />
        <TextField
          label={t('values.valueIn', { unit })}
          inputMode="decimal"
          autoComplete="off"
          required
          error={errors.value?.message}
          {...form.register('value')}
        />
      </div>
      <RadioGroupField
        legend={t('values.kind')}
        name="kind"
        inline
        value={form.watch('kind')}
        options={valueKinds.map((kind) => ({ value: kind, label: t(`valueKind.${kind}`) }))}
        onChange={(kind) => {
          form.setValue('kind', kind);
        }}
        error={errors.kind?.message}
      />
      <Button type="submit" variant="primary" disabled={submitting}>
        {submitting ? t('common:form.saving') : t('values.add')}
      </Button>
    </form>
  );
}
