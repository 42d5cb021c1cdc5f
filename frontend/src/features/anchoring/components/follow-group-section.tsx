import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import type { Me, Organization } from '@/lib/api/types';
import { canWriteIn } from '@/lib/auth/me';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { useFormatters } from '@/lib/i18n/format';

import {
  useCreateFollowGroup,
  useFollowGroups,
  useMeetings,
  useRecordMeeting,
  type FollowGroup,
} from '../api/anchoring';

const meetingSchema = z.object({
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }),
  topics: z.string().trim().min(1).max(2000),
  notes: z.string().max(8000),
});
type MeetingValues = z.infer<typeof meetingSchema>;
const meetingFields = ['heldOn', 'topics', 'notes'] as const;

function MeetingForm({ group }: { group: FollowGroup }) {
  const { t } = useTranslation('anchoring');
  const record = useRecordMeeting(group.id);
  const [announcement, setAnnouncement] = useState('');
  const form = useSchemaForm<MeetingValues>(meetingSchema, { heldOn: '', topics: '', notes: '' });
  const { errors } = form.formState;
  const headingId = `meeting-form-${group.id}`;

  const submit = (values: MeetingValues) => {
    setAnnouncement('');
    record.mutate(
      {
        heldOn: values.heldOn,
        topics: values.topics.trim(),
        ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
      },
      {
        onSuccess: () => {
          setAnnouncement(t('groups.meetingRecorded'));
          form.reset();
        },
        onError: (error) => {
          applyServerFieldErrors(form, error, meetingFields);
        },
      },
    );
  };

  return (
    <form
      className="form form--inline-panel"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h4 id={headingId}>{t('groups.addMeeting', { group: group.name })}</h4>
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
      {record.isError ? <ProblemAlert error={record.error} hideFields={meetingFields} /> : null}
      <p role="status">{announcement}</p>
      <Button type="submit" variant="primary" disabled={record.isPending}>
        {t('groups.saveMeeting')}
      </Button>
    </form>
  );
}

function GroupMeetings({ group, writes }: { group: FollowGroup; writes: boolean }) {
  const { t } = useTranslation('anchoring');
  const meetings = useMeetings(group.id);
  const format = useFormatters();
  return (
    <article aria-labelledby={`group-${group.id}`}>
      <h3 id={`group-${group.id}`}>{group.name}</h3>
      {group.description ? <p className="pre-line">{group.description}</p> : null}
      {meetings.isPending ? <Loading /> : null}
      {meetings.isError ? <ProblemAlert error={meetings.error} /> : null}
      {meetings.isSuccess && meetings.data.items.length === 0 ? (
        <p>{t('groups.noMeetings')}</p>
      ) : null}
      {meetings.isSuccess && meetings.data.items.length > 0 ? (
        <ul aria-label={t('groups.meetingsOf', { group: group.name })}>
          {meetings.data.items.map((meeting) => (
            <li key={meeting.id}>
              <strong>{format.formatDate(meeting.heldOn)}</strong>: {meeting.topics}
              {meeting.notes ? <p className="pre-line">{meeting.notes}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {writes ? <MeetingForm group={group} /> : null}
    </article>
  );
}

const groupSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(4000),
});
type GroupValues = z.infer<typeof groupSchema>;

/** The politicians' follow groups with their meetings; editors add groups and meetings. */
export function FollowGroupSection({
  me,
  organizations,
}: {
  me: Me | undefined;
  organizations: readonly Organization[];
}) {
  const { t } = useTranslation('anchoring');
  const groups = useFollowGroups();
  const create = useCreateFollowGroup();
  const form = useSchemaForm<GroupValues>(groupSchema, { name: '', description: '' });
  const { errors } = form.formState;
  const owner = organizations[0];

  const submit = (values: GroupValues) => {
    if (!owner) {
      return;
    }
    create.mutate(
      {
        organizationId: owner.id,
        name: values.name.trim(),
        ...(values.description.trim() ? { description: values.description.trim() } : {}),
      },
      {
        onSuccess: () => {
          form.reset();
        },
        onError: (error) => {
          applyServerFieldErrors(form, error, ['name', 'description']);
        },
      },
    );
  };

  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('groups.heading')}</h2>
      {groups.isPending ? <Loading /> : null}
      {groups.isError ? <ProblemAlert error={groups.error} /> : null}
      {groups.isSuccess && groups.data.items.length === 0 ? <p>{t('groups.empty')}</p> : null}
      {groups.data?.items.map((group) => (
        <GroupMeetings key={group.id} group={group} writes={canWriteIn(me, group.organizationId)} />
      ))}
      {owner ? (
        <form
          className="form form--inline-panel"
          noValidate
          aria-labelledby="group-form-heading"
          onSubmit={(event) => void form.handleSubmit(submit)(event)}
        >
          <h3 id="group-form-heading">{t('groups.addHeading', { organization: owner.name })}</h3>
          <TextField
            label={t('groups.name')}
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextAreaField
            label={t('groups.description')}
            hint={t('groups.descriptionHint')}
            rows={2}
            error={errors.description?.message}
            {...form.register('description')}
          />
          {create.isError ? (
            <ProblemAlert error={create.error} hideFields={['name', 'description']} />
          ) : null}
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {t('groups.add')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
