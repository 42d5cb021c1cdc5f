import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useAnalysedStrategy } from '../api/get-analysed-strategy';
import { useAnalysis } from '../api/get-analysis';
import { useRatings } from '../api/get-ratings';
import { analysisKeys } from '../api/query-keys';
import { AnalysisDetails } from '../components/analysis-details';
import { AnalysisStatusBadge } from '../components/analysis-status-badge';
import { ComparisonSection } from '../components/comparison-section';
import { DeleteAnalysisSection } from '../components/delete-analysis-section';
import { EngagementGapList } from '../components/engagement-gap-list';
import { GridTable } from '../components/grid-table';
import { PowerInterestGrid } from '../components/power-interest-grid';
import { RatingPanel } from '../components/rating-panel';
import { SelectedRating } from '../components/selected-rating';

export function AnalysisDetailRoute() {
  const { t } = useTranslation('analyses');
  const { analysisId = '' } = useParams();
  const query = useAnalysis(analysisId);
  const ratings = useRatings(analysisId);
  const strategy = useAnalysedStrategy(query.data?.analysis.strategyId);
  const me = useMe();
  const queryClient = useQueryClient();
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [ratingStakeholderId, setRatingStakeholderId] = useState('');
  useDocumentTitle(query.data?.analysis.title);

  if (query.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    return isNotFound(query.error) ? (
      <Alert tone="error" title={t('detail.notFound')} />
    ) : (
      <ProblemAlert error={query.error} />
    );
  }

  const { analysis } = query.data;
  const canWrite = canWriteIn(me.data, analysis.organizationId);
  const items = ratings.data?.items ?? [];
  const previousAnalysisId = ratings.data?.previousAnalysisId;
  const numbers = new Map(items.map((rating, index) => [rating.stakeholder.id, index + 1]));
  const numberOf = (id: string) => numbers.get(id) ?? 0;
  const selected = items.find((rating) => rating.stakeholder.id === selectedId);
  const previousTitle = items.find((rating) => rating.previous)?.previous?.analysisTitle;

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: analysisKeys.detail(analysisId) });
  };

  return (
    <article aria-labelledby="analysis-title">
      <p>
        <Link to={`/strategies/${analysis.strategyId}/analyses`}>
          {strategy.data ? t('detail.backTo', { title: strategy.data.title }) : t('detail.back')}
        </Link>
      </p>
      <div className="page-header">
        <h1 id="analysis-title">{analysis.title}</h1>
        <AnalysisStatusBadge status={analysis.status} />
      </div>

      {canWrite ? (
        <section className="actions-panel" aria-labelledby="analysis-actions-heading">
          <h2 id="analysis-actions-heading">{t('detail.actions')}</h2>
          <div className="button-row">
            <LinkButton to={`/stakeholder-analyses/${analysis.id}/edit`} variant="primary">
              {t('detail.edit')}
            </LinkButton>
          </div>
          <DeleteAnalysisSection versioned={query.data} onReload={reload} />
        </section>
      ) : null}

      <section aria-labelledby="analysis-details-heading">
        <h2 id="analysis-details-heading">{t('detail.details')}</h2>
        <AnalysisDetails analysis={analysis} strategyTitle={strategy.data?.title} />
      </section>

      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">{t('grid.heading')}</h2>
        {ratings.isPending ? <Loading /> : null}
        {ratings.isError ? <ProblemAlert error={ratings.error} /> : null}
        {ratings.isSuccess && items.length === 0 ? <p>{t('grid.empty')}</p> : null}
        {items.length > 0 ? (
          <>
            <div className="grid-layout">
              <PowerInterestGrid
                ratings={items}
                numberOf={numberOf}
                selectedId={selectedId}
                onSelect={setSelectedId}
                previousTitle={previousTitle}
              />
              {selected ? (
                <SelectedRating
                  rating={selected}
                  onEdit={
                    canWrite
                      ? () => {
                          setRatingStakeholderId(selected.stakeholder.id);
                          requestAnimationFrame(() => {
                            document
                              .querySelector<HTMLElement>('#rating-form .rating-form__heading')
                              ?.focus();
                          });
                        }
                      : undefined
                  }
                />
              ) : (
                <p className="selected-rating selected-rating--empty">{t('grid.selectHint')}</p>
              )}
            </div>
            <GridTable
              ratings={items}
              numberOf={numberOf}
              hasPreviousAnalysis={previousAnalysisId !== undefined}
            />
          </>
        ) : null}
      </section>

      {ratings.isSuccess ? (
        <>
          <EngagementGapList ratings={items} />
          <ComparisonSection ratings={items} previousAnalysisId={previousAnalysisId} />
        </>
      ) : null}

      {canWrite && ratings.isSuccess ? (
        <RatingPanel
          analysisId={analysis.id}
          organizationId={analysis.organizationId}
          ratings={items}
          stakeholderId={ratingStakeholderId}
          onStakeholderChange={setRatingStakeholderId}
          onSaved={setSelectedId}
          reloadRatings={() => ratings.refetch()}
        />
      ) : null}
    </article>
  );
}
