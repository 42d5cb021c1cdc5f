import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCreateIndicator } from '../api/create-indicator';
import { useIndicator, type VersionedIndicator } from '../api/get-indicator';
import { useOutline } from '../api/get-outline';
import { useOutlinedStrategy } from '../api/get-outlined-strategy';
import { useUpdateIndicator } from '../api/update-indicator';
import { IndicatorForm } from '../components/indicator-form';
import { toIndicatorFormValues } from '../utils/indicator-form-schema';

/** The strategy, its goals and the caller's right to write, which both indicator forms need. */
function useIndicatorContext(strategyId: string) {
  const strategy = useOutlinedStrategy(strategyId);
  const outline = useOutline(strategyId);
  const me = useMe();
  const pending = strategy.isPending || outline.isPending || me.isPending;
  const error = strategy.error ?? outline.error;
  const goals = outline.data?.items.filter((item) => item.type === 'GOAL') ?? [];
  const canWrite = strategy.data ? canWriteIn(me.data, strategy.data.organizationId) : false;
  return { pending, error, goals, canWrite };
}

export function IndicatorCreateRoute() {
  const { t, i18n } = useTranslation('outline');
  useDocumentTitle(t('indicatorForm.newHeading'));
  const { strategyId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const context = useIndicatorContext(strategyId);
  const mutation = useCreateIndicator();
  const outlinePath = `/strategies/${strategyId}/outline`;

  if (context.pending) {
    return <Loading />;
  }
  if (context.error) {
    return <ProblemAlert error={context.error} />;
  }
  return (
    <>
      <p>
        <Link to={outlinePath}>{t('indicator.back')}</Link>
      </p>
      <h1>{t('indicatorForm.newHeading')}</h1>
      {!context.canWrite ? (
        <Alert tone="info">{t('indicatorForm.noPermission')}</Alert>
      ) : context.goals.length === 0 ? (
        <Alert tone="info">{t('indicatorForm.noGoals')}</Alert>
      ) : (
        <IndicatorForm
          goals={context.goals}
          initialValues={toIndicatorFormValues(
            undefined,
            searchParams.get('componentId') ?? '',
            i18n.language,
          )}
          submitLabel={t('indicatorForm.create')}
          cancelTo={outlinePath}
          submitting={mutation.isPending}
          serverError={mutation.error}
          onSubmit={(input) => {
            mutation.mutate(
              { strategyId, input },
              {
                onSuccess: (created) => {
                  void navigate(`/strategies/${strategyId}/indicators/${created.indicator.id}`);
                },
              },
            );
          }}
        />
      )}
    </>
  );
}

export function IndicatorEditRoute() {
  const { t } = useTranslation('outline');
  useDocumentTitle(t('indicatorForm.editHeading'));
  const { strategyId = '', indicatorId = '' } = useParams();
  const context = useIndicatorContext(strategyId);
  const query = useIndicator(strategyId, indicatorId);

  if (context.pending || query.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    return isNotFound(query.error) ? (
      <Alert tone="error" title={t('indicator.notFound')} />
    ) : (
      <ProblemAlert error={query.error} />
    );
  }
  if (context.error) {
    return <ProblemAlert error={context.error} />;
  }
  if (!context.canWrite) {
    return <Alert tone="error" title={t('indicatorForm.noPermission')} />;
  }
  return (
    <EditIndicator
      key={indicatorId}
      strategyId={strategyId}
      goals={context.goals}
      loaded={query.data}
      reload={async () => (await query.refetch()).data}
    />
  );
}

interface EditIndicatorProps {
  strategyId: string;
  goals: ReturnType<typeof useIndicatorContext>['goals'];
  loaded: VersionedIndicator;
  reload: () => Promise<VersionedIndicator | undefined>;
}

function EditIndicator({ strategyId, goals, loaded, reload }: EditIndicatorProps) {
  const { t, i18n } = useTranslation('outline');
  const navigate = useNavigate();
  const mutation = useUpdateIndicator();
  const [baseline, setBaseline] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const conflict = isConflict(mutation.error);
  const detailPath = `/strategies/${strategyId}/indicators/${baseline.indicator.id}`;

  return (
    <>
      <h1>{t('indicatorForm.editHeading')}</h1>
      <p className="lead">{baseline.indicator.name}</p>
      {conflict ? (
        <ConflictAlert
          title={t('conflict.indicatorTitle')}
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
      <IndicatorForm
        key={`${baseline.indicator.id}:${baseline.indicator.version}`}
        goals={goals}
        initialValues={toIndicatorFormValues(baseline.indicator, '', i18n.language)}
        submitLabel={t('indicatorForm.save')}
        cancelTo={detailPath}
        submitting={mutation.isPending}
        serverError={conflict ? null : mutation.error}
        onSubmit={(input) => {
          mutation.mutate(
            { strategyId, indicatorId: baseline.indicator.id, etag: baseline.etag, input },
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
