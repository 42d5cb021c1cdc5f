import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { useFormatters } from '@/lib/i18n/format';

import {
  useRecordMeeting,
  useUpdateMeeting,
  type FollowGroup,
  type FollowGroupMeeting,
  type FollowGroupMeetingInput,
} from '../api/anchoring';

const meetingSchema = z.object({
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }),
  topics: z.string().trim().min(1).max(2000),
  notes: z.string().max(8000),
});
type MeetingValues = z.infer<typeof meetingSchema>;
const meetingFields = ['heldOn', 'topics', 'notes'] as const;

function inputOf(values: MeetingValues): FollowGroupMeetingInput {
  return {
    heldOn: values.heldOn,
    topics: values.topics.trim(),
    ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
  };
}

interface MeetingFormProps {
  group: FollowGroup;
  /** The meeting to change; without it the form records a new one. */
  meeting?: FollowGroupMeeting;
  onClose?: (saved: FollowGroupMeeting | null) => void;
  /** After a 412: read the meetings again (the edit is discarded). */
  onReload?: () => void;
}

/** Records a meeting of a follow group, or changes one. */
export function MeetingForm({ group, meeting, onClose, onReload }: MeetingFormProps) {
  const { t } = useTranslation('anchoring');
  const format = useFormatters();
  const record = useRecordMeeting(group.id);
  const update = useUpdateMeeting(group.id);
  const save = meeting ? update : record;
  const conflict = isConflict(save.error);
  const [announcement, setAnnouncement] = useState('');
  const form = useSchemaForm<MeetingValues>(meetingSchema, {
    heldOn: meeting?.heldOn ?? '',
    topics: meeting?.topics ?? '',
    notes: meeting?.notes ?? '',
  });
  const { errors } = form.formState;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = meeting ? `meeting-edit-${meeting.id}` : `meeting-form-${group.id}`;

  useEffect(() => {
    if (meeting) {
      headingRef.current?.focus();
    }
  }, [meeting]);

  const onError = (error: unknown) => {
    applyServerFieldErrors(form, error, meetingFields);
  };
  const submit = (values: MeetingValues) => {
    setAnnouncement('');
    if (meeting) {
      update.mutate(
        { meeting, input: inputOf(values) },
        {
          onSuccess: (saved) => {
            onClose?.(saved);
          },
          onError,
        },
      );
      return;
    }
    record.mutate(inputOf(values), {
      onSuccess: () => {
        setAnnouncement(t('groups.meetingRecorded'));
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
      <h4 id={headingId} ref={headingRef} tabIndex={meeting ? -1 : undefined}>
        {meeting
          ? t('groups.editMeeting', { date: format.formatDate(meeting.heldOn) })
          : t('groups.addMeeting', { group: group.name })}
      </h4>
      <TextField
        type="date"
        label={t('groups.heldOn')}
        required
        error={errors.heldOn?.message}
        {...form.register('heldOn')}
      />
      <TextAreaField
        label={t('groups.topics')}
        rows={2}
        required
        error={errors.topics?.message}
        {...form.register('topics')}
      />
      <TextAreaField
        label={t('groups.notes')}
        rows={3}
        error={errors.notes?.message}
        {...form.register('notes')}
      />
      {conflict ? (
        <ConflictAlert
          title={t('groups.meetingConflictTitle')}
          message={t('groups.meetingConflict')}
          onReload={() => {
            save.reset();
            onReload?.();
          }}
        />
      ) : null}
      {save.isError && !conflict ? (
        <ProblemAlert error={save.error} hideFields={meetingFields} />
      ) : null}
      {meeting ? null : <p role="status">{announcement}</p>}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {meeting ? t('saveChanges') : t('groups.saveMeeting')}
        </Button>
        {meeting ? (
          <Button
            onClick={() => {
              onClose?.(null);
            }}
          >
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
