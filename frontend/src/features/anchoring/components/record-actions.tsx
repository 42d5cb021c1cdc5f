import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

interface RecordActionsProps {
  /** What the buttons act on, for screen readers ("Edit: <name>"). */
  name: string;
  editRef: Ref<HTMLButtonElement>;
  onEdit: () => void;
  deleteHeading: string;
  deleteText: string;
  deleteConfirm: string;
  conflictTitle: string;
  conflictMessage: string;
  deleting: boolean;
  deleteError: unknown;
  onDelete: () => void;
  /** Steps back from a failed delete. */
  onDeleteReset: () => void;
  /** After a 412 on delete: read the records again. */
  onReload: () => void;
}

/** Edit and Delete (after confirming) for one anchoring record, with a stale version shown as such. */
export function RecordActions({
  name,
  editRef,
  onEdit,
  deleteHeading,
  deleteText,
  deleteConfirm,
  conflictTitle,
  conflictMessage,
  deleting,
  deleteError,
  onDelete,
  onDeleteReset,
  onReload,
}: RecordActionsProps) {
  const { t } = useTranslation('anchoring');
  const conflict = isConflict(deleteError);
  return (
    <>
      {conflict ? (
        <ConflictAlert
          title={conflictTitle}
          message={conflictMessage}
          onReload={() => {
            onDeleteReset();
            onReload();
          }}
        />
      ) : null}
      {deleteError && !conflict ? <ProblemAlert error={deleteError} /> : null}
      <div className="button-row">
        <Button ref={editRef} onClick={onEdit}>
          {t('edit')}
          <span className="visually-hidden">: {name}</span>
        </Button>
        <ConfirmAction
          trigger={
            <>
              {t('delete')}
              <span className="visually-hidden">: {name}</span>
            </>
          }
          heading={deleteHeading}
          text={<p>{deleteText}</p>}
          confirmLabel={deleteConfirm}
          cancelLabel={t('cancel')}
          pending={deleting}
          onCancel={onDeleteReset}
          onConfirm={onDelete}
        />
      </div>
    </>
  );
}
