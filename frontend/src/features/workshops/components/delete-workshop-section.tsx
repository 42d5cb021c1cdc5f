import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

import { useDeleteWorkshop } from '../api/delete-workshop';
import type { VersionedWorkshop } from '../api/get-workshop';

interface DeleteWorkshopSectionProps {
  versioned: VersionedWorkshop;
  onReload: () => void;
}

/** Deleting (with agenda, participants, outcomes, follow-ups) asks in place, then opens the list. */
export function DeleteWorkshopSection({ versioned, onReload }: DeleteWorkshopSectionProps) {
  const { t } = useTranslation('workshops');
  const navigate = useNavigate();
  const mutation = useDeleteWorkshop();
  const conflict = isConflict(mutation.error);

  return (
    <section className="delete-section" aria-labelledby="workshop-delete-heading">
      <h2 id="workshop-delete-heading">{t('form.delete.heading')}</h2>
      {conflict ? (
        <ConflictAlert
          title={t('conflict.title')}
          message={t('form.conflict')}
          onReload={() => {
            mutation.reset();
            onReload();
          }}
        />
      ) : null}
      {mutation.error && !conflict ? <ProblemAlert error={mutation.error} /> : null}
      <ConfirmAction
        trigger={t('form.delete.button')}
        heading={t('form.delete.confirmHeading')}
        text={<p>{t('form.delete.text', { title: versioned.workshop.title })}</p>}
        confirmLabel={t('form.delete.confirm')}
        cancelLabel={t('form.delete.cancel')}
        pending={mutation.isPending}
        onCancel={() => {
          mutation.reset();
        }}
        onConfirm={() => {
          mutation.mutate(
            { id: versioned.workshop.id, etag: versioned.etag },
            {
              onSuccess: () => {
                void navigate('/workshops');
              },
            },
          );
        }}
      />
    </section>
  );
}
