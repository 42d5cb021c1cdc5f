import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';
import { useEditInPlace } from '@/lib/forms/use-edit-in-place';
import { useFormatters } from '@/lib/i18n/format';

import { useDeleteCheckIn } from '../api/advisors';
import type { AdvisorCheckIn } from '../api/types';

import { CheckInForm } from './check-in-form';

interface CheckInEntryProps {
  networkId: string;
  assignmentId: string;
  checkIn: AdvisorCheckIn;
  writes: boolean;
  /** Tells the log what happened, for its live region. */
  onAnnounce: (message: string) => void;
  /** Read the log again after a conflict. */
  onReload: () => void;
  /** After the entry is gone: the log keeps the keyboard in place. */
  onDeleted: () => void;
}

/** One check-in of the log; its writers change it in place or delete it after confirming. */
export function CheckInEntry({
  networkId,
  assignmentId,
  checkIn,
  writes,
  onAnnounce,
  onReload,
  onDeleted,
}: CheckInEntryProps) {
  const { t } = useTranslation('networks');
  const format = useFormatters();
  const remove = useDeleteCheckIn(networkId, assignmentId);
  const { editing, triggerRef, open, close, discard } = useEditInPlace();
  const title = t('checkIns.entry', {
    date: format.formatDate(checkIn.heldOn),
    format: t(`checkInFormat.${checkIn.format}`),
  });

  if (editing) {
    return (
      <CheckInForm
        networkId={networkId}
        assignmentId={assignmentId}
        checkIn={checkIn}
        onClose={(saved) => {
          close();
          if (saved) {
            onAnnounce(t('checkIns.saved', { date: format.formatDate(saved.heldOn) }));
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
      <h3>{title}</h3>
      <dl className="details">
        <dt>{t('checkIns.topics')}</dt>
        <dd className="pre-line">{checkIn.topics}</dd>
        {checkIn.agreements ? (
          <>
            <dt>{t('checkIns.agreements')}</dt>
            <dd className="pre-line">{checkIn.agreements}</dd>
          </>
        ) : null}
        {checkIn.nextSteps ? (
          <>
            <dt>{t('checkIns.nextSteps')}</dt>
            <dd className="pre-line">{checkIn.nextSteps}</dd>
          </>
        ) : null}
        {checkIn.followUpOn ? (
          <>
            <dt>{t('checkIns.followUpOn')}</dt>
            <dd>{format.formatDate(checkIn.followUpOn)}</dd>
          </>
        ) : null}
      </dl>
      {writes ? (
        <>
          {isConflict(remove.error) ? (
            <ConflictAlert
              title={t('checkIns.conflictTitle')}
              message={t('checkIns.conflict')}
              onReload={() => {
                remove.reset();
                onReload();
              }}
            />
          ) : null}
          {remove.isError && !isConflict(remove.error) ? (
            <ProblemAlert error={remove.error} />
          ) : null}
          <div className="button-row">
            <Button ref={triggerRef} onClick={open}>
              {t('checkIns.edit')}
              <span className="visually-hidden">: {title}</span>
            </Button>
            <ConfirmAction
              trigger={
                <>
                  {t('checkIns.delete')}
                  <span className="visually-hidden">: {title}</span>
                </>
              }
              heading={t('checkIns.deleteHeading')}
              text={<p>{t('checkIns.deleteText', { entry: title })}</p>}
              confirmLabel={t('checkIns.deleteConfirm')}
              cancelLabel={t('checkIns.cancel')}
              pending={remove.isPending}
              onCancel={() => {
                remove.reset();
              }}
              onConfirm={() => {
                remove.mutate(checkIn, {
                  onSuccess: () => {
                    onAnnounce(t('checkIns.deleted', { entry: title }));
                    onDeleted();
                  },
                });
              }}
            />
          </div>
        </>
      ) : null}
    </>
  );
}
