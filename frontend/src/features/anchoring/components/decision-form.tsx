import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { Organization } from '@/lib/api/types';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';

import { useRecordDecision } from '../api/anchoring';

const visibilities = ['PRIVATE', 'NETWORK', 'PUBLIC'] as const;

const decisionSchema = z.object({
  organizationId: z.string().refine((value) => value !== '', { message: 'choose' }),
  body: z.string().trim().min(1).max(200),
  decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }),
  reference: z.string().trim().min(1).max(200),
  subject: z.string().trim().min(1).max(500),
  link: z.union([
    z.literal(''),
    z
      .string()
      .max(500)
      .regex(/^https?:\/\/\S+$/, { message: 'url' }),
  ]),
  visibility: z.enum(visibilities),
});

type DecisionValues = z.infer<typeof decisionSchema>;

const fields = [
  'organizationId',
  'body',
  'decidedOn',
  'reference',
  'subject',
  'link',
  'visibility',
] as const;

/** An editor records a decision of their municipality's council or one of its committees. */
export function DecisionForm({ organizations }: { organizations: readonly Organization[] }) {
  const { t } = useTranslation('anchoring');
  const { t: tc } = useTranslation();
  const record = useRecordDecision();
  const [announcement, setAnnouncement] = useState('');
  const form = useSchemaForm<DecisionValues>(decisionSchema, {
    organizationId: organizations.length === 1 ? (organizations[0]?.id ?? '') : '',
    body: '',
    decidedOn: '',
    reference: '',
    subject: '',
    link: '',
    visibility: 'PRIVATE',
  });
  const { errors } = form.formState;

  const submit = (values: DecisionValues) => {
    setAnnouncement('');
    record.mutate(
      {
        organizationId: values.organizationId,
        body: values.body.trim(),
        decidedOn: values.decidedOn,
        reference: values.reference.trim(),
        subject: values.subject.trim(),
        ...(values.link ? { link: values.link } : {}),
        visibility: values.visibility,
      },
      {
        onSuccess: (decision) => {
          setAnnouncement(t('decisions.recorded', { reference: decision.reference }));
          form.reset();
        },
        onError: (error) => {
          applyServerFieldErrors(form, error, fields);
        },
      },
    );
  };

  return (
    <form
      className="form form--inline-panel"
      noValidate
      aria-labelledby="decision-form-heading"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h3 id="decision-form-heading">{t('decisions.addHeading')}</h3>
      {organizations.length > 1 ? (
        <SelectField
          label={t('organization')}
          required
          error={errors.organizationId?.message}
          options={[
            { value: '', label: t('chooseOrganization') },
            ...organizations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          {...form.register('organizationId')}
        />
      ) : null}
      <TextField
        label={t('decisions.body')}
        hint={t('decisions.bodyHint')}
        required
        error={errors.body?.message}
        {...form.register('body')}
      />
      <TextField
        type="date"
        label={t('decisions.decidedOn')}
        required
        error={errors.decidedOn?.message}
        {...form.register('decidedOn')}
      />
      <TextField
        label={t('decisions.reference')}
        required
        error={errors.reference?.message}
        {...form.register('reference')}
      />
      <TextField
        label={t('decisions.subject')}
        required
        error={errors.subject?.message}
        {...form.register('subject')}
      />
      <TextField
        type="url"
        label={t('decisions.link')}
        error={errors.link?.message}
        {...form.register('link')}
      />
      <SelectField
        label={t('visibility')}
        error={errors.visibility?.message}
        options={visibilities.map((v) => ({ value: v, label: tc(`visibility.${v}`) }))}
        {...form.register('visibility')}
      />
      {record.isError ? <ProblemAlert error={record.error} hideFields={fields} /> : null}
      <p role="status">{announcement}</p>
      <Button type="submit" variant="primary" disabled={record.isPending}>
        {t('decisions.add')}
      </Button>
    </form>
  );
}
