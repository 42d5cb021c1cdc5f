import { useTranslation } from 'react-i18next';

import { useEditInPlace } from '@/lib/forms/use-edit-in-place';
import { useFormatters } from '@/lib/i18n/format';

import { useDeleteMeeting, type FollowGroup, type FollowGroupMeeting } from '../api/anchoring';

import { MeetingForm } from './meeting-form';
import { RecordActions } from './record-actions';

interface MeetingEntryProps {
  group: FollowGroup;
  meeting: FollowGroupMeeting;
  writes: boolean;
  onAnnounce: (message: string) => void;
  onReload: () => void;
  onDeleted: () => void;
}

/** One meeting of a follow group; its editors change it in place or delete it. */
export function MeetingEntry({
  group,
  meeting,
  writes,
  onAnnounce,
  onReload,
  onDeleted,
}: MeetingEntryProps) {
  const { t } = useTranslation('anchoring');
  const format = useFormatters();
  const remove = useDeleteMeeting(group.id);
  const { editing, triggerRef, open, close, discard } = useEditInPlace();
  const date = format.formatDate(meeting.heldOn);

  if (editing) {
    return (
      <MeetingForm
        group={group}
        meeting={meeting}
        onClose={(saved) => {
          close();
          if (saved) {
            onAnnounce(t('groups.meetingSaved', { date: format.formatDate(saved.heldOn) }));
          }
        }}
        onReload={() => {
          discard();
          onReload();
        }}
      />
    );
  }
  return (
    <>
      <strong>{date}</strong>: {meeting.topics}
      {meeting.notes ? <p className="pre-line">{meeting.notes}</p> : null}
      {writes ? (
        <RecordActions
          name={t('groups.meetingName', { date })}
          editRef={triggerRef}
          onEdit={open}
          deleteHeading={t('groups.deleteMeetingHeading')}
          deleteText={t('groups.deleteMeetingText', { date })}
          deleteConfirm={t('groups.deleteMeetingConfirm')}
          conflictTitle={t('groups.meetingConflictTitle')}
          conflictMessage={t('groups.meetingConflict')}
          deleting={remove.isPending}
          deleteError={remove.error}
          onDeleteReset={remove.reset}
          onReload={onReload}
          onDelete={() => {
            remove.mutate(meeting, {
              onSuccess: () => {
                onAnnounce(t('groups.meetingDeleted', { date }));
                onDeleted();
              },
            });
          }}
        />
      ) : null}
    </>
  );
}
