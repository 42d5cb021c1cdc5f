import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import type { FieldError } from '@/lib/api/types';
import {
  useSchemaFormWithMessages,
  useServerFieldErrors,
  type MessagesByPath,
} from '@/lib/forms/schema-form-errors';
import { serverFieldMessages } from '@/lib/forms/validation';
import { fieldOfActionCodePattern } from '@/lib/vocabulary/vocabulary';

const fieldOfActionFormSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(200, { message: 'tooLong' }),
  code: z
    .string()
    .trim()
    .refine((code) => code === '' || fieldOfActionCodePattern.test(code), { message: 'code' }),
  description: z.string().max(2000, { message: 'tooLong' }),
});

export type FieldOfActionFormValues = z.input<typeof fieldOfActionFormSchema>;

const formFields = ['name', 'code', 'description'] as const;
const validationKeys = ['required', 'tooLong', 'code'] as const;

const serverMessagesOf = (errors: readonly FieldError[]) => serverFieldMessages(errors, formFields);

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

/** The feature's own messages (a code explains its pattern) by field. */
function useFieldOfActionMessages() {
  const { t } = useTranslation('fieldsOfAction');
  return (error: z.ZodError): MessagesByPath => {
    const messages: MessagesByPath = {};
    for (const issue of error.issues) {
      const key = validationKeys.find((candidate) => candidate === issue.message) ?? 'tooLong';
      messages[issue.path.map(String).join('.')] ??= t(`validation.${key}`);
    }
    return messages;
  };
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
  const form = useSchemaFormWithMessages(
    fieldOfActionFormSchema,
    initialValues,
    useFieldOfActionMessages(),
  );
  const formRef = useRef<HTMLFormElement>(null);
  const { errors } = form.formState;
  useServerFieldErrors(form, formRef, serverError, serverMessagesOf);
  const code = form.register('code');

  useEffect(() => {
    if (focusOnMount) {
      form.setFocus('name');
    }
  }, [focusOnMount, form]);

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          onSubmit({ ...values, description: values.description.trim() });
        })(event)
      }
    >
      <TextField
        label={t('fields.name')}
        required
        maxLength={200}
        error={errors.name?.message}
        {...form.register('name')}
      />
      {mode === 'add' ? (
        <TextField
          label={t('fields.code')}
          hint={t('fields.codeHint')}
          maxLength={40}
          autoCapitalize="characters"
          spellCheck={false}
          error={errors.code?.message}
          {...code}
          onChange={(event) => {
            event.target.value = event.target.value.toUpperCase();
            void code.onChange(event);
          }}
        />
      ) : null}
      <TextAreaField
        label={t('fields.description')}
        rows={3}
        maxLength={2000}
        error={errors.description?.message}
        {...form.register('description')}
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
