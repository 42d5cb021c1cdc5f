import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useAnalysis, type VersionedAnalysis } from '../api/get-analysis';
import { useUpdateAnalysis } from '../api/update-analysis';
import { AnalysisForm } from '../components/analysis-form';
import { toAnalysisFormValues } from '../utils/analysis-form-schema';

export function AnalysisEditRoute() {
  const { t } = useTranslation('analyses');
  useDocumentTitle(t('edit.heading'));
  const { analysisId = '' } = useParams();
  const query = useAnalysis(analysisId);
  const me = useMe();

  if (query.isPending || me.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    return isNotFound(query.error) ? (
      <Alert tone="error" title={t('detail.notFound')} />
    ) : (
      <ProblemAlert error={query.error} />
    );
  }
  if (!canWriteIn(me.data, query.data.analysis.organizationId)) {
    return <Alert tone="error" title={t('edit.noPermission')} />;
  }
  return (
    <EditAnalysis
      key={analysisId}
      loaded={query.data}
      reload={async () => (await query.refetch()).data}
    />
  );
}

interface EditAnalysisProps {
  loaded: VersionedAnalysis;
  reload: () => Promise<VersionedAnalysis | undefined>;
}

function EditAnalysis({ loaded, reload }: EditAnalysisProps) {
  const { t } = useTranslation('analyses');
  const navigate = useNavigate();
  const mutation = useUpdateAnalysis();
  const [baseline, setBaseline] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const conflict = isConflict(mutation.error);
  const detailPath = `/stakeholder-analyses/${baseline.analysis.id}`;

  return (
    <>
      <h1>{t('edit.heading')}</h1>
      <p className="lead">{baseline.analysis.title}</p>
      {conflict ? (
        <ConflictAlert
          title={t('conflict.title')}
          message={t('conflict.message')}
          reloading={reloading}
          onReload={() => {
            setReloading(true);
            void reload()
              .then((latest) => {
                if (latest) {
                  mutation.reset();
                  setBaseline(latest);
                }
              })
              .finally(() => {
                setReloading(false);
              });
          }}
        />
      ) : null}
      <AnalysisForm
        key={`${baseline.analysis.id}:${baseline.analysis.version}`}
        strategyId={baseline.analysis.strategyId}
        initialValues={toAnalysisFormValues(baseline.analysis)}
        submitLabel={t('edit.submit')}
        cancelTo={detailPath}
        submitting={mutation.isPending}
        serverError={conflict ? null : mutation.error}
        onSubmit={(input) => {
          mutation.mutate(
            { id: baseline.analysis.id, etag: baseline.etag, input },
            {
              onSuccess: () => {
                void navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
