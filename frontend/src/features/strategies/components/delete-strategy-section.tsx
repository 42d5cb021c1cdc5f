import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ConfirmAction } from '@/components/ui/confirm-action';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

import { useDeleteStrategy } from '../api/delete-strategy';
import type { VersionedStrategy } from '../api/get-strategy';

import { ConflictAlert } from './conflict-alert';

interface DeleteStrategySectionProps {
  versioned: VersionedStrategy;
  onReload: () => void;
}

/** Deleting asks for confirmation in place, then returns to the list with a notice. */
export function DeleteStrategySection({ versioned, onReload }: DeleteStrategySectionProps) {
  const { t } = useTranslation('strategies');
  const navigate = useNavigate();
  const mutation = useDeleteStrategy();
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
        text={<p>{t('delete.text', { title: versioned.strategy.title })}</p>}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('delete.cancel')}
        pending={mutation.isPending}
        onCancel={() => {
          mutation.reset();
        }}
        onConfirm={() => {
          mutation.mutate(
            { id: versioned.strategy.id, etag: versioned.etag },
            {
              onSuccess: () => {
                void navigate('/strategies', { state: { notice: 'deleted' } });
              },
            },
          );
        }}
      />
    </div>
  );
}
