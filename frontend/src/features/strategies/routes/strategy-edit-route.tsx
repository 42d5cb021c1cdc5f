import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useStrategy, type VersionedStrategy } from '../api/get-strategy';
import { useUpdateStrategy } from '../api/update-strategy';
import { ConflictAlert } from '../components/conflict-alert';
import { StrategyForm } from '../components/strategy-form';
import { toFormValues } from '../utils/strategy-form-schema';

export function StrategyEditRoute() {
  const { t } = useTranslation('strategies');
  useDocumentTitle(t('edit.heading'));
  const { strategyId = '' } = useParams();
  const query = useStrategy(strategyId);
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
  if (!canWriteIn(me.data, query.data.strategy.organizationId)) {
    return <Alert tone="error" title={t('edit.noPermission')} />;
  }
  return (
    <EditStrategy
      key={strategyId}
      loaded={query.data}
      reload={async () => (await query.refetch()).data}
    />
  );
}

interface EditStrategyProps {
  loaded: VersionedStrategy;
  reload: () => Promise<VersionedStrategy | undefined>;
}

function EditStrategy({ loaded, reload }: EditStrategyProps) {
  const { t } = useTranslation('strategies');
  const navigate = useNavigate();
  const mutation = useUpdateStrategy();
  // The version being edited stays fixed while the user types, even if the cache refreshes in the
  // background: its ETag is what makes a concurrent change surface as 412 instead of being lost.
  const [baseline, setBaseline] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const conflict = isConflict(mutation.error);
  const detailPath = `/strategies/${baseline.strategy.id}`;

  return (
    <>
      <h1>{t('edit.heading')}</h1>
      <p className="lead">{baseline.strategy.title}</p>
      {conflict ? (
        <ConflictAlert
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
      <StrategyForm
        key={`${baseline.strategy.id}:${baseline.strategy.version}`}
        initialValues={toFormValues(baseline.strategy)}
        organizations={[]}
        submitLabel={t('edit.submit')}
        cancelTo={detailPath}
        submitting={mutation.isPending}
        serverError={conflict ? null : mutation.error}
        onSubmit={(input) => {
          mutation.mutate(
            { id: baseline.strategy.id, etag: baseline.etag, input },
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
