import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ConfirmAction } from '@/components/ui/confirm-action';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

import { useDeleteProject } from '../api/delete-project';
import type { VersionedProject } from '../api/get-project';

import { ConflictAlert } from './conflict-alert';

interface DeleteProjectSectionProps {
  versioned: VersionedProject;
  onReload: () => void;
}

/** Deleting asks for confirmation in place, then returns to the list with a notice. */
export function DeleteProjectSection({ versioned, onReload }: DeleteProjectSectionProps) {
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const mutation = useDeleteProject();
  const conflict = isConflict(mutation.error);

  return (
    <div className="delete-section">
      {conflict ? (
        <ConflictAlert
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
        text={<p>{t('delete.text', { title: versioned.project.title })}</p>}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('delete.cancel')}
        pending={mutation.isPending}
        onCancel={() => {
          mutation.reset();
        }}
        onConfirm={() => {
          mutation.mutate(
            { id: versioned.project.id, etag: versioned.etag },
            {
              onSuccess: () => {
                void navigate('/projects', { state: { notice: 'deleted' } });
              },
            },
          );
        }}
      />
    </div>
  );
}
