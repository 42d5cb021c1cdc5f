import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/choice-group';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { IndicatorValueInput } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverGroupMessages,
  useFocusOnServerFieldErrors,
  useRenderMessage,
} from '@/lib/forms/validation';

import { valueKinds } from '../utils/outline-options';
import {
  toValueInput,
  valueFormFields,
  valueFormSchema,
  type ValueFormField,
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

/** Date, value and kind: a short form next to the chart for recording the next value. */
export function AddValueForm({ unit, submitting, serverError, onSubmit }: AddValueFormProps) {
  const { t } = useTranslation(['outline', 'common']);
  const headingId = useId();
  const dateId = useId();
  const [values, setValues] = useState(emptyValue);
  const [clientErrors, setClientErrors] = useState<FieldMessages<ValueFormField>>({});
  const formRef = useRef<HTMLFormElement>(null);

  useFocusOnServerFieldErrors(formRef, serverError);

  const serverErrors = serverGroupMessages(fieldErrorsOf(serverError), valueFormFields);
  const errors: FieldMessages<ValueFormField> = { ...serverErrors, ...clientErrors };
  const renderMessage = useRenderMessage();
  const message = (field: ValueFormField) => renderMessage(errors[field]);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = valueFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<ValueFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    void onSubmit(toValueInput(parsed.data)).then(
      () => {
        setValues((current) => ({ ...emptyValue, kind: current.kind }));
        document.getElementById(dateId)?.focus();
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
      onSubmit={handleSubmit}
    >
      <h3 id={headingId}>{t('values.addHeading')}</h3>
      {serverError && Object.keys(serverErrors).length === 0 ? (
        <ProblemAlert error={serverError} />
      ) : null}
      <div className="form__row">
        <TextField
          id={dateId}
          label={t('values.date')}
          name="observedOn"
          type="date"
          required
          value={values.observedOn}
          onChange={(event) => {
            const observedOn = event.target.value;
            setValues((current) => ({ ...current, observedOn }));
          }}
          error={message('observedOn')}
        />
        <TextField
          label={t('values.valueIn', { unit })}
          name="value"
          inputMode="decimal"
          autoComplete="off"
          required
          value={values.value}
          onChange={(event) => {
            const value = event.target.value;
            setValues((current) => ({ ...current, value }));
          }}
          error={message('value')}
        />
      </div>
      <RadioGroupField
        legend={t('values.kind')}
        name="kind"
        inline
        value={values.kind}
        options={valueKinds.map((kind) => ({ value: kind, label: t(`valueKind.${kind}`) }))}
        onChange={(kind) => {
          setValues((current) => ({ ...current, kind }));
        }}
        error={message('kind')}
      />
      <Button type="submit" variant="primary" disabled={submitting}>
        {submitting ? t('common:form.saving') : t('values.add')}
      </Button>
    </form>
  );
}
