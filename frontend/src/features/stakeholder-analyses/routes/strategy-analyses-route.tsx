import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useAnalysedStrategy } from '../api/get-analysed-strategy';
import { useAnalyses } from '../api/get-analyses';
import { AnalysesTable } from '../components/analyses-table';

function hasNotice(state: unknown): state is { notice: string } {
  return typeof state === 'object' && state !== null && 'notice' in state;
}

/** The stakeholder analyses of one strategy. */
export function StrategyAnalysesRoute() {
  const { t } = useTranslation('analyses');
  const { strategyId = '' } = useParams();
  const location = useLocation();
  const strategy = useAnalysedStrategy(strategyId);
  const analyses = useAnalyses({ strategyId });
  const me = useMe();
  const tableRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);
  useDocumentTitle(
    strategy.data ? t('list.titleFor', { title: strategy.data.title }) : t('list.heading'),
  );

  const items = analyses.data?.pages.flatMap((page) => page.items) ?? [];
  const deleted = hasNotice(location.state) && location.state.notice === 'deleted';

  useEffect(() => {
    const row = focusRow.current;
    if (row !== null && items.length > row) {
      focusRow.current = null;
      tableRef.current?.querySelectorAll<HTMLAnchorElement>('tbody a').item(row).focus();
    }
  }, [items.length]);

  if (strategy.isError) {
    return isNotFound(strategy.error) ? (
      <Alert tone="error" title={t('list.strategyNotFound')} />
    ) : (
      <ProblemAlert error={strategy.error} />
    );
  }

  const canWrite = strategy.data ? canWriteIn(me.data, strategy.data.organizationId) : false;

  return (
    <>
      <p>
        <Link to={`/strategies/${strategyId}`}>
          {strategy.data ? t('list.backTo', { title: strategy.data.title }) : t('list.back')}
        </Link>
      </p>
      <div className="page-header">
        <h1 id="analyses-heading">{t('list.heading')}</h1>
        {canWrite ? (
          <LinkButton to={`/strategies/${strategyId}/analyses/new`} variant="primary">
            {t('list.new')}
          </LinkButton>
        ) : null}
      </div>
      {strategy.data ? <p className="lead">{strategy.data.title}</p> : null}
      <p>{t('list.intro')}</p>
      {deleted ? <Alert tone="success">{t('list.deleted')}</Alert> : null}

      {analyses.isPending ? <Loading /> : null}
      {/* A failed "load more" shows its error at the button. */}
      {analyses.isError && !analyses.isFetchNextPageError ? (
        <ProblemAlert error={analyses.error} />
      ) : null}
      {analyses.isSuccess && items.length === 0 ? <p>{t('list.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <AnalysesTable analyses={items} captionId="analyses-heading" ref={tableRef} />
          {analyses.hasNextPage ? (
            <Button
              onClick={() => {
                focusRow.current = items.length;
                void analyses.fetchNextPage();
              }}
              disabled={analyses.isFetchingNextPage}
            >
              {analyses.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
            </Button>
          ) : null}
          {analyses.isFetchNextPageError ? <ProblemAlert error={analyses.error} /> : null}
        </>
      ) : null}
    </>
  );
}
