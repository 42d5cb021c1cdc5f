import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';

import { useAddCheckIn } from '../api/advisors';
import { checkInFormats } from '../utils/vocabulary';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const checkInSchema = z
  .object({
    heldOn: z.string().regex(isoDate, { message: 'date' }),
    format: z.enum(checkInFormats),
    topics: z.string().trim().min(1).max(2000),
    agreements: z.string().max(4000),
    nextSteps: z.string().max(4000),
    followUpOn: z.union([z.literal(''), z.string().regex(isoDate, { message: 'date' })]),
  })
  .refine((values) => values.followUpOn === '' || values.followUpOn >= values.heldOn, {
    path: ['followUpOn'],
    message: 'periodOrder',
  });

type CheckInValues = z.infer<typeof checkInSchema>;

const fields = ['heldOn', 'format', 'topics', 'agreements', 'nextSteps', 'followUpOn'] as const;

/** The advisor or the coordinator records what was discussed and agreed, and when to follow up. */
export function CheckInForm({
  networkId,
  assignmentId,
}: {
  networkId: string;
  assignmentId: string;
}) {
  const { t } = useTranslation('networks');
  const add = useAddCheckIn(networkId, assignmentId);
  const [announcement, setAnnouncement] = useState('');
  const form = useSchemaForm<CheckInValues>(checkInSchema, {
    heldOn: '',
    format: 'VIDEO',
    topics: '',
    agreements: '',
    nextSteps: '',
    followUpOn: '',
  });
  const { errors } = form.formState;

  const submit = (values: CheckInValues) => {
    setAnnouncement('');
    add.mutate(
      {
        heldOn: values.heldOn,
        format: values.format,
        topics: values.topics.trim(),
        ...(values.agreements.trim() ? { agreements: values.agreements.trim() } : {}),
        ...(values.nextSteps.trim() ? { nextSteps: values.nextSteps.trim() } : {}),
        ...(values.followUpOn ? { followUpOn: values.followUpOn } : {}),
      },
      {
        onSuccess: () => {
          setAnnouncement(t('checkIns.added'));
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
      aria-labelledby="check-in-form-heading"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h2 id="check-in-form-heading">{t('checkIns.addHeading')}</h2>
      <TextField
        type="date"
        label={t('checkIns.heldOn')}
        required
        error={errors.heldOn?.message}
        {...form.register('heldOn')}
      />
      <SelectField
        label={t('checkIns.format')}
        required
        error={errors.format?.message}
        options={checkInFormats.map((format) => ({
          value: format,
          label: t(`checkInFormat.${format}`),
        }))}
        {...form.register('format')}
      />
      <TextAreaField
        label={t('checkIns.topics')}
        rows={2}
        required
        error={errors.topics?.message}
        {...form.register('topics')}
      />
      <TextAreaField
        label={t('checkIns.agreements')}
        rows={3}
        error={errors.agreements?.message}
        {...form.register('agreements')}
      />
      <TextAreaField
        label={t('checkIns.nextSteps')}
        rows={3}
        error={errors.nextSteps?.message}
        {...form.register('nextSteps')}
      />
      <TextField
        type="date"
        label={t('checkIns.followUpOn')}
        error={errors.followUpOn?.message}
        {...form.register('followUpOn')}
      />
      {add.isError ? <ProblemAlert error={add.error} hideFields={fields} /> : null}
      <p role="status">{announcement}</p>
      <Button type="submit" variant="primary" disabled={add.isPending}>
        {t('checkIns.add')}
      </Button>
    </form>
  );
}
