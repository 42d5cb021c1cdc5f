import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { useFormatters } from '@/lib/i18n/format';

import { useAddCheckIn, useUpdateCheckIn } from '../api/advisors';
import type { AdvisorCheckIn, AdvisorCheckInInput } from '../api/types';
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

function valuesOf(checkIn: AdvisorCheckIn | undefined): CheckInValues {
  return {
    heldOn: checkIn?.heldOn ?? '',
    format: checkIn?.format ?? 'VIDEO',
    topics: checkIn?.topics ?? '',
    agreements: checkIn?.agreements ?? '',
    nextSteps: checkIn?.nextSteps ?? '',
    followUpOn: checkIn?.followUpOn ?? '',
  };
}

function inputOf(values: CheckInValues): AdvisorCheckInInput {
  return {
    heldOn: values.heldOn,
    format: values.format,
    topics: values.topics.trim(),
    ...(values.agreements.trim() ? { agreements: values.agreements.trim() } : {}),
    ...(values.nextSteps.trim() ? { nextSteps: values.nextSteps.trim() } : {}),
    ...(values.followUpOn ? { followUpOn: values.followUpOn } : {}),
  };
}

interface CheckInFormProps {
  networkId: string;
  assignmentId: string;
  /** The check-in to change; without it the form records a new one. */
  checkIn?: AdvisorCheckIn;
  /** After a change was saved, or when the writer steps back from it. */
  onClose?: (saved: AdvisorCheckIn | null) => void;
  /** After a 412: read the log again (the edit is discarded). */
  onReload?: () => void;
}

/** The advisor or the coordinator records what was discussed and agreed, and when to follow up. */
export function CheckInForm({
  networkId,
  assignmentId,
  checkIn,
  onClose,
  onReload,
}: CheckInFormProps) {
  const { t } = useTranslation('networks');
  const format = useFormatters();
  const add = useAddCheckIn(networkId, assignmentId);
  const update = useUpdateCheckIn(networkId, assignmentId);
  const save = checkIn ? update : add;
  const [announcement, setAnnouncement] = useState('');
  const form = useSchemaForm<CheckInValues>(checkInSchema, valuesOf(checkIn));
  const { errors } = form.formState;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = checkIn ? `check-in-edit-${checkIn.id}` : 'check-in-form-heading';
  const conflict = isConflict(save.error);

  useEffect(() => {
    if (checkIn) {
      headingRef.current?.focus();
    }
  }, [checkIn]);

  const onError = (error: unknown) => {
    applyServerFieldErrors(form, error, fields);
  };
  const submit = (values: CheckInValues) => {
    setAnnouncement('');
    if (checkIn) {
      update.mutate(
        { checkIn, input: inputOf(values) },
        {
          onSuccess: (saved) => {
            onClose?.(saved);
          },
          onError,
        },
      );
      return;
    }
    add.mutate(inputOf(values), {
      onSuccess: () => {
        setAnnouncement(t('checkIns.added'));
        form.reset();
      },
      onError,
    });
  };

  return (
    <form
      className="form form--inline-panel"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      {checkIn ? (
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('checkIns.editHeading', { date: format.formatDate(checkIn.heldOn) })}
        </h3>
      ) : (
        <h2 id={headingId}>{t('checkIns.addHeading')}</h2>
      )}
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
        options={checkInFormats.map((value) => ({
          value,
          label: t(`checkInFormat.${value}`),
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
      {conflict ? (
        <ConflictAlert
          title={t('checkIns.conflictTitle')}
          message={t('checkIns.conflict')}
          onReload={() => {
            save.reset();
            onReload?.();
          }}
        />
      ) : null}
      {save.isError && !conflict ? <ProblemAlert error={save.error} hideFields={fields} /> : null}
      {checkIn ? null : <p role="status">{announcement}</p>}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {checkIn ? t('checkIns.save') : t('checkIns.add')}
        </Button>
        {checkIn ? (
          <Button
            onClick={() => {
              onClose?.(null);
            }}
          >
            {t('checkIns.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
