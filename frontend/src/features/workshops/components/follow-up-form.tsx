import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/errors';
import { focusFirstInvalidAfterRender } from '@/lib/forms/validation';

import type { WorkshopFollowUpInput } from '../api/types';
import {
  followUpFormFields,
  followUpFormSchema,
  toFollowUpInput,
  type FollowUpFormValues,
} from '../utils/follow-up-form';
import {
  formMessagesOf,
  serverFormMessages,
  useFormMessage,
  type FormMessages,
} from '../utils/form-messages';

/** Adds or edits a follow-up; the parent gives it a new key to start it afresh. */
interface FollowUpFormProps {
  legend: string;
  initialValues: FollowUpFormValues;
  /** Kept as it is: the form edits what the task is, the checkbox whether it is done. */
  done: boolean;
  /** Takes the focus when it opens away from the button that opened it. */
  focusOnMount?: boolean;
  submitLabel: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: WorkshopFollowUpInput) => void;
  onCancel?: () => void;
}

export function FollowUpForm({
  legend,
  initialValues,
  done,
  focusOnMount = false,
  submitLabel,
  submitting,
  serverError,
  onSubmit,
  onCancel,
}: FollowUpFormProps) {
  const { t } = useTranslation(['workshops', 'common']);
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FormMessages>({});
  const formRef = useRef<HTMLFormElement>(null);
  const renderMessage = useFormMessage();

  useEffect(() => {
    if (focusOnMount) {
      formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    }
  }, [focusOnMount]);
  const errors: FormMessages = {
    ...serverFormMessages(fieldErrorsOf(serverError), followUpFormFields),
    ...clientErrors,
  };
  const message = (field: keyof FollowUpFormValues) => renderMessage(errors[field]);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = followUpFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(formMessagesOf(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toFollowUpInput(parsed.data, done));
  };

  const field = (name: keyof FollowUpFormValues) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
    },
    error: message(name),
  });

  return (
    <form ref={formRef} className="form form--inline-panel" noValidate onSubmit={handleSubmit}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{legend}</legend>
        {serverError ? <ProblemAlert error={serverError} hideFields={followUpFormFields} /> : null}
        <TextField label={t('followUps.title')} required maxLength={500} {...field('title')} />
        <div className="form__row">
          <TextField
            label={t('followUps.owner')}
            maxLength={200}
            hint={t('followUps.ownerHint')}
            {...field('owner')}
          />
          <TextField label={t('followUps.dueDate')} type="date" required {...field('dueDate')} />
        </div>
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={submitting}>
            {submitting ? t('common:form.saving') : submitLabel}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t('common:form.cancel')}</Button> : null}
        </div>
      </fieldset>
    </form>
  );
}
