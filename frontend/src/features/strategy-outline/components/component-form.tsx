import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { StrategyComponentInput } from '@/lib/api/types';
import {
  type FieldMessages,
  fieldMessagesOf,
  focusFirstInvalidAfterRender,
  serverGroupMessages,
  useFocusOnServerFieldErrors,
  useRenderMessage,
} from '@/lib/forms/validation';

import { useSdgs } from '../api/get-sdgs';
import {
  componentFormFields,
  componentFormSchema,
  toComponentInput,
  type ComponentFormField,
  type ComponentFormValues,
} from '../utils/component-form-schema';
import { componentStatuses, componentTypes } from '../utils/outline-options';

import { LocalGoalsEditor } from './local-goals-editor';
import { SdgPicker } from './sdg-picker';

interface ComponentFormProps {
  heading: string;
  initialValues: ComponentFormValues;
  /** Where a new component goes (its parent); undefined on update, where moves change it. */
  parentId: string | undefined;
  submitLabel: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (input: StrategyComponentInput) => void;
  onCancel: () => void;
}

/** Add or edit a component in place; its heading takes focus when the form opens. */
export function ComponentForm({
  heading,
  initialValues,
  parentId,
  submitLabel,
  submitting,
  serverError,
  onSubmit,
  onCancel,
}: ComponentFormProps) {
  const { t } = useTranslation(['outline', 'common']);
  const headingId = useId();
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldMessages<ComponentFormField>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const isGoal = values.type === 'GOAL';
  const sdgs = useSdgs(isGoal);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useFocusOnServerFieldErrors(formRef, serverError);

  const serverErrors = serverGroupMessages(fieldErrorsOf(serverError), componentFormFields);
  const errors: FieldMessages<ComponentFormField> = { ...serverErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const hasUnmappedServerErrors =
    fieldErrorsOf(serverError).length > Object.keys(serverErrors).length;
  const renderMessage = useRenderMessage();
  const message = (field: ComponentFormField) => renderMessage(errors[field]);
  const set =
    (field: 'type' | 'title' | 'description' | 'responsibleUnit' | 'status') => (value: string) => {
      setValues((current) => ({ ...current, [field]: value }));
    };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = componentFormSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(fieldMessagesOf<ComponentFormField>(parsed.error));
      focusFirstInvalidAfterRender(formRef);
      return;
    }
    setClientErrors({});
    onSubmit(toComponentInput(parsed.data, parentId));
  };

  return (
    <form
      ref={formRef}
      className="form form--inline-panel component-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={handleSubmit}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {hasFieldErrors ? <Alert tone="error" title={t('common:errors.fieldErrors')} /> : null}
      {serverError && (!hasFieldErrors || hasUnmappedServerErrors) ? (
        <ProblemAlert error={serverError} hideFields={componentFormFields} />
      ) : null}
      <div className="form__row">
        <SelectField
          label={t('fields.type')}
          name="type"
          required
          hint={t('hints.type')}
          value={values.type}
          onChange={(event) => {
            set('type')(event.target.value);
          }}
          options={[
            { value: '', label: t('form.choose') },
            ...componentTypes.map((type) => ({ value: type, label: t(`type.${type}`) })),
          ]}
          error={message('type')}
        />
        <SelectField
          label={t('fields.status')}
          name="status"
          value={values.status}
          onChange={(event) => {
            set('status')(event.target.value);
          }}
          options={componentStatuses.map((status) => ({
            value: status,
            label: t(`status.${status}`),
          }))}
          error={message('status')}
        />
      </div>
      <TextField
        label={t('fields.title')}
        name="title"
        required
        maxLength={200}
        value={values.title}
        onChange={(event) => {
          set('title')(event.target.value);
        }}
        error={message('title')}
      />
      <TextAreaField
        label={t('fields.description')}
        name="description"
        rows={4}
        value={values.description}
        onChange={(event) => {
          set('description')(event.target.value);
        }}
        error={message('description')}
      />
      <TextField
        label={t('fields.responsibleUnit')}
        name="responsibleUnit"
        maxLength={200}
        value={values.responsibleUnit}
        onChange={(event) => {
          set('responsibleUnit')(event.target.value);
        }}
        error={message('responsibleUnit')}
      />
      {isGoal ? (
        sdgs.isSuccess ? (
          <SdgPicker
            sdgs={sdgs.data}
            value={values.sdgTargets}
            onChange={(sdgTargets) => {
              setValues((current) => ({ ...current, sdgTargets }));
            }}
            error={message('sdgTargets')}
          />
        ) : sdgs.isError ? (
          <ProblemAlert error={sdgs.error} />
        ) : (
          <Loading />
        )
      ) : null}
      <LocalGoalsEditor
        value={values.localGoals}
        onChange={(localGoals) => {
          setValues((current) => ({ ...current, localGoals }));
        }}
        error={message('localGoals')}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:form.cancel')}</Button>
      </div>
    </form>
  );
}
