import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { nextSort, type SortState } from '@/components/ui/sort';
import { Loading } from '@/components/ui/spinner';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useOrganizations } from '@/lib/organizations/organizations';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { isFieldOfActionCode, isSector, useVocabulary } from '@/lib/vocabulary/vocabulary';

import { useStakeholders } from '../api/get-stakeholders';
import type { StakeholderFilters } from '../api/query-keys';
import { StakeholderFiltersForm } from '../components/stakeholder-filters-form';
import { StakeholdersTable } from '../components/stakeholders-table';
import {
  isStakeholderSortColumn,
  sortStakeholders,
  type StakeholderSortColumn,
} from '../utils/sort-stakeholders';

function filtersFrom(params: URLSearchParams): StakeholderFilters {
  const sector = params.get('sector');
  const fieldOfAction = params.get('fieldOfAction');
  return {
    sector: isSector(sector) ? sector : undefined,
    fieldOfAction: isFieldOfActionCode(fieldOfAction) ? fieldOfAction : undefined,
    q: params.get('q') ?? undefined,
  };
}

function sortFrom(params: URLSearchParams): SortState<StakeholderSortColumn> {
  const column = params.get('sort');
  return {
    column: isStakeholderSortColumn(column) ? column : 'name',
    direction: params.get('direction') === 'descending' ? 'descending' : 'ascending',
  };
}

function paramsFrom(
  filters: StakeholderFilters,
  sort: SortState<StakeholderSortColumn>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') {
      params.set(key, value);
    }
  }
  if (sort.column !== 'name' || sort.direction !== 'ascending') {
    params.set('sort', sort.column);
    params.set('direction', sort.direction);
  }
  return params;
}

function hasNotice(state: unknown): state is { notice: string } {
  return typeof state === 'object' && state !== null && 'notice' in state;
}

export function StakeholdersListRoute() {
  const { t, i18n } = useTranslation(['stakeholders', 'common']);
  useDocumentTitle(t('list.heading'));
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const filters = filtersFrom(searchParams);
  const sort = sortFrom(searchParams);
  const stakeholders = useStakeholders(filters);
  const organizations = useOrganizations();
  const me = useMe();
  const { sectorLabel } = useVocabulary();
  const { label: fieldOfActionLabel } = useFieldsOfAction();
  const tableRef = useRef<HTMLDivElement>(null);
  const [sortAnnouncement, setSortAnnouncement] = useState('');

  const loaded = stakeholders.data?.pages.flatMap((page) => page.items) ?? [];
  const items = sortStakeholders(
    loaded,
    sort,
    {
      sector: (stakeholder) => sectorLabel(stakeholder.sector),
      fieldsOfAction: (stakeholder) =>
        stakeholder.fieldsOfAction.map(fieldOfActionLabel).join(', '),
    },
    i18n.language,
  );
  const canWrite = writableOrganizations(me.data).length > 0;
  const deleted = hasNotice(location.state) && location.state.notice === 'deleted';

  const columnLabel: Record<StakeholderSortColumn, string> = {
    name: t('columns.name'),
    sector: t('columns.sector'),
    fieldsOfAction: t('columns.fieldsOfAction'),
  };

  return (
    <>
      <div className="page-header">
        <h1 id="stakeholders-heading">{t('list.heading')}</h1>
        {canWrite ? (
          <div className="button-row">
            <LinkButton to="/stakeholders/new" variant="primary">
              {t('list.new')}
            </LinkButton>
            <LinkButton to="/stakeholders/import">{t('list.import')}</LinkButton>
          </div>
        ) : null}
      </div>
      <p className="lead">{t('list.intro')}</p>
      {deleted ? <Alert tone="success">{t('list.deleted')}</Alert> : null}

      <StakeholderFiltersForm
        key={`${filters.sector ?? ''}|${filters.fieldOfAction ?? ''}|${filters.q ?? ''}`}
        filters={filters}
        onApply={(next) => {
          setSearchParams(paramsFrom(next, sort));
        }}
      />

      {stakeholders.isPending ? <Loading /> : null}
      {/* A failed "load more" shows its error at the button. */}
      {stakeholders.isError && !stakeholders.isFetchNextPageError ? (
        <ProblemAlert error={stakeholders.error} />
      ) : null}
      {stakeholders.isSuccess && items.length === 0 ? <p>{t('list.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <p className="hint-text">{t('list.sortHint')}</p>
          <StakeholdersTable
            stakeholders={items}
            sort={sort}
            onSort={(column) => {
              const next = nextSort(sort, column);
              setSearchParams(paramsFrom(filters, next), { replace: true });
              setSortAnnouncement(
                t('common:sort.sortedBy', {
                  column: columnLabel[next.column],
                  direction: t(`common:sort.${next.direction}`),
                }),
              );
            }}
            organizationName={organizations.nameOf}
            captionId="stakeholders-heading"
            ref={tableRef}
          />
          <p role="status" className="visually-hidden">
            {sortAnnouncement}
          </p>
          <p role="status" className="list-status">
            {t('list.count', { count: items.length })}
            {stakeholders.hasNextPage ? '' : ` · ${t('list.allLoaded')}`}
          </p>
          {stakeholders.hasNextPage ? (
            <Button
              onClick={() => {
                const known = new Set(loaded.map((stakeholder) => stakeholder.id));
                void stakeholders.fetchNextPage().then((result) => {
                  const fresh = result.data?.pages
                    .flatMap((page) => page.items)
                    .find((stakeholder) => !known.has(stakeholder.id));
                  if (fresh) {
                    // Continue at the first stakeholder just loaded (wherever sorting put it).
                    requestAnimationFrame(() => {
                      tableRef.current
                        ?.querySelector<HTMLAnchorElement>(`a[href="/stakeholders/${fresh.id}"]`)
                        ?.focus();
                    });
                  }
                });
              }}
              disabled={stakeholders.isFetchingNextPage}
            >
              {stakeholders.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
            </Button>
          ) : null}
          {stakeholders.isFetchNextPageError ? <ProblemAlert error={stakeholders.error} /> : null}
        </>
      ) : null}
    </>
  );
}
