import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

import { useDeleteAnalysis } from '../api/delete-analysis';
import type { VersionedAnalysis } from '../api/get-analysis';

interface DeleteAnalysisSectionProps {
  versioned: VersionedAnalysis;
  onReload: () => void;
}

export function DeleteAnalysisSection({ versioned, onReload }: DeleteAnalysisSectionProps) {
  const { t } = useTranslation('analyses');
  const navigate = useNavigate();
  const mutation = useDeleteAnalysis();
  const conflict = isConflict(mutation.error);
  const { analysis } = versioned;

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
        text={<p>{t('delete.text', { title: analysis.title })}</p>}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('delete.cancel')}
        pending={mutation.isPending}
        onCancel={() => {
          mutation.reset();
        }}
        onConfirm={() => {
          mutation.mutate(
            { id: analysis.id, etag: versioned.etag },
            {
              onSuccess: () => {
                void navigate(`/strategies/${analysis.strategyId}/analyses`, {
                  state: { notice: 'deleted' },
                });
              },
            },
          );
        }}
      />
    </div>
  );
}
