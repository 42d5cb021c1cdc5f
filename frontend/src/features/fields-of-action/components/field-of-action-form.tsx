import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { fieldMessageOf } from '@/lib/api/errors';
import { fieldOfActionCodePattern } from '@/lib/vocabulary/vocabulary';

export interface FieldOfActionFormValues {
  name: string;
  code: string;
  description: string;
}

type FormField = keyof FieldOfActionFormValues;
type ClientError = 'required' | 'tooLong' | 'code';

interface FieldOfActionFormProps {
  /** Adding offers the code; renaming keeps it, as records use it. */
  mode: 'add' | 'rename';
  initialValues?: FieldOfActionFormValues;
  submitLabel: string;
  submitting: boolean;
  /** The failed request's error: field errors go next to their fields. */
  serverError: unknown;
  onSubmit: (values: FieldOfActionFormValues) => void;
  onCancel?: () => void;
  /** Takes the focus when it opens away from the button that opened it. */
  focusOnMount?: boolean;
}

const empty: FieldOfActionFormValues = { name: '', code: '', description: '' };

function validate(values: FieldOfActionFormValues): Partial<Record<FormField, ClientError>> {
  const errors: Partial<Record<FormField, ClientError>> = {};
  if (values.name.trim() === '') errors.name = 'required';
  else if (values.name.trim().length > 200) errors.name = 'tooLong';
  const code = values.code.trim();
  if (code !== '' && !fieldOfActionCodePattern.test(code)) errors.code = 'code';
  if (values.description.length > 2000) errors.description = 'tooLong';
  return errors;
}

export function FieldOfActionForm({
  mode,
  initialValues = empty,
  submitLabel,
  submitting,
  serverError,
  onSubmit,
  onCancel,
  focusOnMount = false,
}: FieldOfActionFormProps) {
  const { t } = useTranslation('fieldsOfAction');
  const idPrefix = useId();
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<Partial<Record<FormField, ClientError>>>({});

  useEffect(() => {
    if (focusOnMount) {
      document.getElementById(`${idPrefix}-name`)?.focus();
    }
  }, [focusOnMount, idPrefix]);

  const serverMessage = (field: FormField) => fieldMessageOf(serverError, field);
  const message = (field: FormField) => {
    const client = clientErrors[field];
    return client ? t(`validation.${client}`) : serverMessage(field);
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate(values);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      const first = (['name', 'code', 'description'] as const).find((field) => errors[field]);
      if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
      return;
    }
    onSubmit({
      name: values.name.trim(),
      code: values.code.trim(),
      description: values.description.trim(),
    });
  };

  const change = (field: FormField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <TextField
        id={`${idPrefix}-name`}
        label={t('fields.name')}
        required
        maxLength={200}
        value={values.name}
        onChange={(event) => {
          change('name')(event.target.value);
        }}
        error={message('name')}
      />
      {mode === 'add' ? (
        <TextField
          id={`${idPrefix}-code`}
          label={t('fields.code')}
          hint={t('fields.codeHint')}
          maxLength={40}
          autoCapitalize="characters"
          spellCheck={false}
          value={values.code}
          onChange={(event) => {
            change('code')(event.target.value.toUpperCase());
          }}
          error={message('code')}
        />
      ) : null}
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('fields.description')}
        rows={3}
        maxLength={2000}
        value={values.description}
        onChange={(event) => {
          change('description')(event.target.value);
        }}
        error={message('description')}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('rename.cancel')}</Button> : null}
      </div>
    </form>
  );
}
