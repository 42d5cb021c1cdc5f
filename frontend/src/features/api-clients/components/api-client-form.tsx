import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/choice-group';
import { TextAreaField, TextField } from '@/components/ui/field';
import type { MachineClientInput } from '@/lib/api/types';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';

const roles = ['VIEWER', 'EDITOR'] as const;

const apiClientSchema = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(500),
  role: z.enum(roles),
});

type ApiClientValues = z.infer<typeof apiClientSchema>;

const fields = ['name', 'description', 'role'] as const;

interface ApiClientFormProps {
  submitting: boolean;
  onSubmit: (input: MachineClientInput, done: { onError: (error: unknown) => void }) => void;
}

/** Name, purpose and role of a new machine client; the server's field errors land on the fields. */
export function ApiClientForm({ submitting, onSubmit }: ApiClientFormProps) {
  const { t } = useTranslation('apiClients');
  const form = useSchemaForm<ApiClientValues>(apiClientSchema, {
    name: '',
    description: '',
    role: 'EDITOR',
  });
  const { errors } = form.formState;

  const submit = (values: ApiClientValues) => {
    onSubmit(
      {
        name: values.name,
        ...(values.description ? { description: values.description } : {}),
        role: values.role,
      },
      {
        onError: (error) => {
          applyServerFieldErrors(form, error, fields);
        },
      },
    );
  };

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="api-client-form-heading"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h2 id="api-client-form-heading">{t('create.heading')}</h2>
      <TextField
        label={t('fields.name')}
        hint={t('fields.nameHint')}
        required
        maxLength={100}
        error={errors.name?.message}
        {...form.register('name')}
      />
      <TextAreaField
        label={t('fields.description')}
        rows={2}
        maxLength={500}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <RadioGroupField
        legend={t('fields.role')}
        hint={t('fields.roleHint')}
        name="role"
        required
        value={form.watch('role')}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        onChange={(value) => {
          form.setValue('role', value === 'VIEWER' ? 'VIEWER' : 'EDITOR');
        }}
        error={errors.role?.message}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={submitting}>
          {t('create.submit')}
        </Button>
      </div>
    </form>
  );
}
