import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isNotFound } from '@/lib/api/errors';
import type { Indicator } from '@/lib/api/types';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useAddIndicatorValue } from '../api/add-indicator-value';
import { useDeleteIndicator } from '../api/delete-indicator';
import { useDeleteIndicatorValue } from '../api/delete-indicator-value';
import { useIndicator } from '../api/get-indicator';
import { useIndicatorContributions } from '../api/get-indicator-contributions';
import { useOutline } from '../api/get-outline';
import { useOutlinedStrategy } from '../api/get-outlined-strategy';
import { outlineKeys } from '../api/query-keys';
import { AddValueForm } from '../components/add-value-form';
import { IndicatorChart } from '../components/indicator-chart';
import { IndicatorContributionsSection } from '../components/indicator-contributions-section';
import { IndicatorValuesTable } from '../components/indicator-values-table';
import { ProgressBadge } from '../components/progress-badge';
import { contributionsTo, projectionOf } from '../utils/contributions';

export function IndicatorDetailRoute() {
  const { t } = useTranslation(['outline', 'common']);
  const { strategyId = '', indicatorId = '' } = useParams();
  const query = useIndicator(strategyId, indicatorId);
  const strategy = useOutlinedStrategy(strategyId);
  const outline = useOutline(strategyId);
  const allContributions = useIndicatorContributions(strategyId);
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const addValue = useAddIndicatorValue();
  const deleteValue = useDeleteIndicatorValue();
  const deleteIndicator = useDeleteIndicator();
  const [announcement, setAnnouncement] = useState('');
  const { formatNumber, formatDate } = useFormatters();
  useDocumentTitle(query.data?.indicator.name);

  const back = (
    <p>
      <Link to={`/strategies/${strategyId}/outline`}>{t('indicator.back')}</Link>
    </p>
  );

  if (query.isPending) {
    return (
      <>
        {back}
        <Loading />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {back}
        {isNotFound(query.error) ? (
          <Alert tone="error" title={t('indicator.notFound')} />
        ) : (
          <ProblemAlert error={query.error} />
        )}
      </>
    );
  }

  const { indicator, etag } = query.data;
  const canWrite = strategy.data ? canWriteIn(me.data, strategy.data.organizationId) : false;
  const goal = outline.data?.items.find((item) => item.id === indicator.componentId);
  const writeError = [deleteValue.error, deleteIndicator.error].find(Boolean);
  const conflict = isConflict(writeError);
  const contributions = contributionsTo(allContributions.data, indicator.id);
  const projection = projectionOf(indicator, contributions);

  const progressText = (current: Indicator) => {
    const { progress } = current;
    const parts = [t(`progressText.${progress.status}`)];
    if (
      progress.percent !== undefined &&
      progress.targetValue !== undefined &&
      progress.targetDate
    ) {
      parts.push(
        t('progressText.way', {
          percent: formatNumber(progress.percent),
          target: formatNumber(progress.targetValue),
          unit: current.unit,
          date: formatDate(progress.targetDate),
        }),
      );
    }
    if (progress.expectedPercent !== undefined) {
      parts.push(t('progressText.expected', { percent: formatNumber(progress.expectedPercent) }));
    }
    if (progress.basedOnEstimate) {
      parts.push(t('progressText.estimate'));
    }
    return parts.join(' ');
  };

  return (
    <article aria-labelledby="indicator-name">
      {back}
      <div className="page-header">
        <h1 id="indicator-name">{indicator.name}</h1>
        <ProgressBadge progress={indicator.progress} />
      </div>
      {goal ? <p className="lead">{t('indicator.measures', { goal: goal.title })}</p> : null}

      {canWrite ? (
        <section className="actions-panel" aria-labelledby="indicator-actions-heading">
          <h2 id="indicator-actions-heading">{t('indicator.actions')}</h2>
          <div className="button-row">
            <LinkButton
              to={`/strategies/${strategyId}/indicators/${indicator.id}/edit`}
              variant="primary"
            >
              {t('indicator.edit')}
            </LinkButton>
          </div>
          <div className="delete-section">
            <ConfirmAction
              trigger={t('indicator.delete')}
              heading={t('indicator.deleteHeading')}
              text={<p>{t('indicator.deleteText', { name: indicator.name })}</p>}
              confirmLabel={t('indicator.deleteConfirm')}
              cancelLabel={t('common:form.cancel')}
              pending={deleteIndicator.isPending}
              onCancel={() => {
                deleteIndicator.reset();
              }}
              onConfirm={() => {
                deleteIndicator.mutate(
                  { strategyId, indicatorId: indicator.id, etag },
                  {
                    onSuccess: () => {
                      void navigate(`/strategies/${strategyId}/outline`);
                    },
                  },
                );
              }}
            />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="indicator-progress-heading">
        <h2 id="indicator-progress-heading">{t('indicator.progress')}</h2>
        <p>{progressText(indicator)}</p>
        <dl className="details">
          <div>
            <dt>{t('indicatorFields.unit')}</dt>
            <dd>{indicator.unit}</dd>
          </div>
          <div>
            <dt>{t('indicatorFields.kind')}</dt>
            <dd>{t(`indicatorKind.${indicator.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('indicatorFields.direction')}</dt>
            <dd>{t(`direction.${indicator.direction}`)}</dd>
          </div>
          <div>
            <dt>{t('indicatorFields.baseline')}</dt>
            <dd>
              {indicator.baseline
                ? t('indicator.measured', {
                    value: formatNumber(indicator.baseline.value),
                    date: formatDate(indicator.baseline.date),
                  })
                : t('common:empty')}
            </dd>
          </div>
          <div>
            <dt>{t('indicatorFields.targets')}</dt>
            <dd>
              {indicator.targets.length > 0
                ? indicator.targets
                    .map((target) =>
                      t('indicator.measured', {
                        value: formatNumber(target.value),
                        date: formatDate(target.date),
                      }),
                    )
                    .join('; ')
                : t('common:empty')}
            </dd>
          </div>
          <div>
            <dt>{t('indicatorFields.source')}</dt>
            <dd>{indicator.source ?? t('common:empty')}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="indicator-values-heading">
        <h2 id="indicator-values-heading" tabIndex={-1}>
          {t('indicator.values')}
        </h2>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {conflict ? (
          <ConflictAlert
            title={t('conflict.indicatorTitle')}
            message={t('conflict.message')}
            onReload={() => {
              deleteValue.reset();
              deleteIndicator.reset();
              void queryClient.invalidateQueries({
                queryKey: outlineKeys.indicator(strategyId, indicatorId),
              });
            }}
          />
        ) : null}
        {writeError && !conflict ? <ProblemAlert error={writeError} /> : null}
        <div className="indicator-layout">
          <IndicatorChart indicator={indicator} projection={projection} />
          {canWrite ? (
            <AddValueForm
              unit={indicator.unit}
              submitting={addValue.isPending}
              serverError={addValue.error}
              onSubmit={(input) =>
                addValue
                  .mutateAsync({ strategyId, indicatorId: indicator.id, input })
                  .then((updated) => {
                    setAnnouncement(
                      t('values.added', {
                        value: formatNumber(input.value),
                        date: formatDate(input.observedOn),
                        progress: progressText(updated.indicator),
                      }),
                    );
                  })
              }
            />
          ) : null}
        </div>
        <details className="disclosure">
          <summary>{t('values.showTable')}</summary>
          <IndicatorValuesTable
            indicator={indicator}
            deleting={deleteValue.isPending}
            onDelete={
              canWrite
                ? (value) => {
                    setAnnouncement('');
                    deleteValue.mutate(
                      { strategyId, indicatorId: indicator.id, valueId: value.id, etag },
                      {
                        onSuccess: () => {
                          setAnnouncement(
                            t('values.deleted', { date: formatDate(value.observedOn) }),
                          );
                          document.getElementById('indicator-values-heading')?.focus();
                        },
                      },
                    );
                  }
                : undefined
            }
          />
        </details>
      </section>

      {contributions ? (
        <IndicatorContributionsSection
          indicator={indicator}
          contributions={contributions}
          projection={projection}
        />
      ) : null}
    </article>
  );
}
