import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useOrganizations } from '@/lib/organizations/organizations';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useStrategies } from '../api/get-strategies';
import type { StrategyFilters } from '../api/query-keys';
import { StrategiesTable } from '../components/strategies-table';
import { StrategyFiltersForm } from '../components/strategy-filters-form';
import { isStrategyStatus } from '../utils/strategy-options';

function filtersFrom(params: URLSearchParams): StrategyFilters {
  const status = params.get('status');
  return {
    status: isStrategyStatus(status) ? status : undefined,
    organizationId: params.get('organizationId') ?? undefined,
    q: params.get('q') ?? undefined,
  };
}

function paramsFrom(filters: StrategyFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') {
      params.set(key, value);
    }
  }
  return params;
}

function hasNotice(state: unknown): state is { notice: string } {
  return typeof state === 'object' && state !== null && 'notice' in state;
}

export function StrategiesListRoute() {
  const { t } = useTranslation('strategies');
  useDocumentTitle(t('list.heading'));
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const filters = filtersFrom(searchParams);
  const strategies = useStrategies(filters);
  const organizations = useOrganizations();
  const me = useMe();
  const tableRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);

  const items = strategies.data?.pages.flatMap((page) => page.items) ?? [];
  const canCreate = writableOrganizations(me.data).length > 0;
  const deleted = hasNotice(location.state) && location.state.notice === 'deleted';

  // After "load more" the button may be gone (last page): continue at the first row just loaded.
  useEffect(() => {
    const row = focusRow.current;
    if (row !== null && items.length > row) {
      focusRow.current = null;
      tableRef.current?.querySelectorAll<HTMLAnchorElement>('tbody a').item(row).focus();
    }
  }, [items.length]);

  return (
    <>
      <div className="page-header">
        <h1 id="strategies-heading">{t('list.heading')}</h1>
        {canCreate ? (
          <LinkButton to="/strategies/new" variant="primary">
            {t('list.new')}
          </LinkButton>
        ) : null}
      </div>
      <p className="lead">{t('list.intro')}</p>
      {deleted ? <Alert tone="success">{t('list.deleted')}</Alert> : null}

      <StrategyFiltersForm
        key={searchParams.toString()}
        filters={filters}
        organizations={organizations.organizations}
        onApply={(next) => {
          setSearchParams(paramsFrom(next));
        }}
      />

      {strategies.isPending ? <Loading /> : null}
      {/* A failed "load more" shows its error at the button. */}
      {strategies.isError && !strategies.isFetchNextPageError ? (
        <ProblemAlert error={strategies.error} />
      ) : null}
      {strategies.isSuccess && items.length === 0 ? <p>{t('list.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <StrategiesTable
            strategies={items}
            organizationName={organizations.nameOf}
            captionId="strategies-heading"
            ref={tableRef}
          />
          <p role="status" className="list-status">
            {t('list.count', { count: items.length })}
            {strategies.hasNextPage ? '' : ` · ${t('list.allLoaded')}`}
          </p>
          {strategies.hasNextPage ? (
            <Button
              onClick={() => {
                focusRow.current = items.length;
                void strategies.fetchNextPage();
              }}
              disabled={strategies.isFetchingNextPage}
            >
              {strategies.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
            </Button>
          ) : null}
          {strategies.isFetchNextPageError ? <ProblemAlert error={strategies.error} /> : null}
        </>
      ) : null}
    </>
  );
}
