import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';

import type { WorkshopFollowUpInput } from '../api/types';
import {
  followUpFormFields,
  followUpFormSchema,
  toFollowUpInput,
  type FollowUpFormValues,
} from '../utils/follow-up-form';

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
  const form = useSchemaForm(followUpFormSchema, initialValues);
  const { errors } = form.formState;

  useEffect(() => {
    if (focusOnMount) {
      form.setFocus('title');
    }
  }, [focusOnMount, form]);
  useEffect(() => {
    if (serverError) {
      applyServerFieldErrors(form, serverError, followUpFormFields);
    }
  }, [serverError, form]);

  return (
    <form
      className="form form--inline-panel"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          onSubmit(toFollowUpInput(values, done));
        })(event)
      }
    >
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{legend}</legend>
        {serverError ? <ProblemAlert error={serverError} hideFields={followUpFormFields} /> : null}
        <TextField
          label={t('followUps.title')}
          required
          maxLength={500}
          error={errors.title?.message}
          {...form.register('title')}
        />
        <div className="form__row">
          <TextField
            label={t('followUps.owner')}
            maxLength={200}
            hint={t('followUps.ownerHint')}
            error={errors.owner?.message}
            {...form.register('owner')}
          />
          <TextField
            label={t('followUps.dueDate')}
            type="date"
            required
            error={errors.dueDate?.message}
            {...form.register('dueDate')}
          />
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
