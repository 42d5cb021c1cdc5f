import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormErrorAlerts } from '@/components/ui/form-error-alerts';
import { fieldErrorsOf } from '@/lib/api/errors';
import type { FieldError, StrategyComponentInput } from '@/lib/api/types';
import { useSchemaForm } from '@/lib/forms/schema-form';
import { hasAnyError, useServerFieldErrors } from '@/lib/forms/schema-form-errors';
import { focusFirstInvalidAfterRender, serverGroupMessages } from '@/lib/forms/validation';

import {
  componentFormFields,
  componentFormSchema,
  toComponentInput,
  type ComponentFormValues,
} from '../utils/component-form-schema';
import { componentStatuses, componentTypes } from '../utils/outline-options';

import { ComponentLinksFields } from './component-links-fields';

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

/** A server path such as `create.input.sdgTargets[0].code` goes to its field, `sdgTargets`. */
const serverMessagesOf = (errors: readonly FieldError[]) =>
  serverGroupMessages(errors, componentFormFields);

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
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useSchemaForm(componentFormSchema, initialValues);
  const { errors } = form.formState;
  useServerFieldErrors(form, formRef, serverError, serverMessagesOf);
  const serverFieldErrors = fieldErrorsOf(serverError);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <form
      ref={formRef}
      className="form form--inline-panel component-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) =>
        void form.handleSubmit(
          (values) => {
            onSubmit(toComponentInput(values, parentId));
          },
          // SDG targets and local goals are groups, which the form's own focusing does not reach.
          () => {
            focusFirstInvalidAfterRender(formRef);
          },
        )(event)
      }
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <FormErrorAlerts
        hasFieldErrors={hasAnyError(errors)}
        serverError={serverError}
        hasUnmappedServerErrors={
          serverFieldErrors.length > Object.keys(serverMessagesOf(serverFieldErrors)).length
        }
        hideFields={componentFormFields}
      />
      <div className="form__row">
        <SelectField
          label={t('fields.type')}
          required
          hint={t('hints.type')}
          options={[
            { value: '', label: t('form.choose') },
            ...componentTypes.map((type) => ({ value: type, label: t(`type.${type}`) })),
          ]}
          error={errors.type?.message}
          {...form.register('type')}
        />
        <SelectField
          label={t('fields.status')}
          options={componentStatuses.map((status) => ({
            value: status,
            label: t(`status.${status}`),
          }))}
          error={errors.status?.message}
          {...form.register('status')}
        />
      </div>
      <TextField
        label={t('fields.title')}
        required
        maxLength={200}
        error={errors.title?.message}
        {...form.register('title')}
      />
      <TextAreaField
        label={t('fields.description')}
        rows={4}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <TextField
        label={t('fields.responsibleUnit')}
        maxLength={200}
        error={errors.responsibleUnit?.message}
        {...form.register('responsibleUnit')}
      />
      <ComponentLinksFields form={form} isGoal={form.watch('type') === 'GOAL'} />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          {submitting ? t('common:form.saving') : submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:form.cancel')}</Button>
      </div>
    </form>
  );
}
