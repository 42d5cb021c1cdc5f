import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useEditInPlace } from '@/lib/forms/use-edit-in-place';

import { useDeleteFollowGroup, useMeetings, type FollowGroup } from '../api/anchoring';

import { GroupForm } from './group-form';
import { MeetingEntry } from './meeting-entry';
import { MeetingForm } from './meeting-form';
import { RecordActions } from './record-actions';

interface FollowGroupArticleProps {
  group: FollowGroup;
  writes: boolean;
  onAnnounce: (message: string) => void;
  /** Read the groups again after a conflict. */
  onReload: () => void;
  /** After the group is gone: the section keeps the keyboard in place. */
  onDeleted: () => void;
}

/** A follow group with its meetings; its editors change or delete the group and its meetings. */
export function FollowGroupArticle({
  group,
  writes,
  onAnnounce,
  onReload,
  onDeleted,
}: FollowGroupArticleProps) {
  const { t } = useTranslation('anchoring');
  const meetings = useMeetings(group.id);
  const remove = useDeleteFollowGroup();
  const { editing, triggerRef, open, close, discard } = useEditInPlace();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `group-${group.id}`;

  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {group.name}
      </h3>
      {editing ? (
        <GroupForm
          group={group}
          onClose={(saved) => {
            close();
            if (saved) {
              onAnnounce(t('groups.saved', { group: saved.name }));
            }
          }}
          onReload={() => {
            discard();
            onReload();
          }}
        />
      ) : (
        <>
          {group.description ? <p className="pre-line">{group.description}</p> : null}
          {writes ? (
            <RecordActions
              name={group.name}
              editRef={triggerRef}
              onEdit={open}
              deleteHeading={t('groups.deleteHeading')}
              deleteText={t('groups.deleteText', { group: group.name })}
              deleteConfirm={t('groups.deleteConfirm')}
              conflictTitle={t('groups.conflictTitle')}
              conflictMessage={t('groups.conflict')}
              deleting={remove.isPending}
              deleteError={remove.error}
              onDeleteReset={remove.reset}
              onReload={onReload}
              onDelete={() => {
                remove.mutate(group, {
                  onSuccess: () => {
                    onAnnounce(t('groups.deleted', { group: group.name }));
                    onDeleted();
                  },
                });
              }}
            />
          ) : null}
        </>
      )}
      {meetings.isPending ? <Loading /> : null}
      {meetings.isError ? <ProblemAlert error={meetings.error} /> : null}
      {meetings.isSuccess && meetings.data.items.length === 0 ? (
        <p>{t('groups.noMeetings')}</p>
      ) : null}
      {meetings.isSuccess && meetings.data.items.length > 0 ? (
        <ul aria-label={t('groups.meetingsOf', { group: group.name })}>
          {meetings.data.items.map((meeting) => (
            <li key={meeting.id}>
              <MeetingEntry
                group={group}
                meeting={meeting}
                writes={writes}
                onAnnounce={onAnnounce}
                onReload={() => {
                  void meetings.refetch();
                }}
                onDeleted={() => {
                  headingRef.current?.focus();
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {writes ? <MeetingForm group={group} /> : null}
    </article>
  );
}
