import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

import { useDeleteStakeholder } from '../api/delete-stakeholder';
import type { VersionedStakeholder } from '../api/get-stakeholder';

interface DeleteStakeholderSectionProps {
  versioned: VersionedStakeholder;
  onReload: () => void;
}

/** Deleting asks for confirmation in place, then returns to the register with a notice. */
export function DeleteStakeholderSection({ versioned, onReload }: DeleteStakeholderSectionProps) {
  const { t } = useTranslation('stakeholders');
  const navigate = useNavigate();
  const mutation = useDeleteStakeholder();
  const conflict = isConflict(mutation.error);

  return (
    <div className="delete-section">
      {conflict ? (
        <ConflictAlert
          title={t('conflict.title')}
          message={t('conflict.message')}
          onReload={() => {
            mutation.reset();
            onReload();
          }}
        />
      ) : null}
      {mutation.error && !conflict ? <ProblemAlert error={mutation.error} /> : null}
      <ConfirmAction
        trigger={t('delete.button')}
        heading={t('delete.heading')}
        text={<p>{t('delete.text', { name: versioned.stakeholder.name })}</p>}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('delete.cancel')}
        pending={mutation.isPending}
        onCancel={() => {
          mutation.reset();
        }}
        onConfirm={() => {
          mutation.mutate(
            { id: versioned.stakeholder.id, etag: versioned.etag },
            {
              onSuccess: () => {
                void navigate('/stakeholders', { state: { notice: 'deleted' } });
              },
            },
          );
        }}
      />
    </div>
  );
}
