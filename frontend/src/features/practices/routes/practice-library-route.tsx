import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useDocumentTitle } from '@/lib/use-document-title';

import type { PracticeFilters } from '../api/query-keys';
import { usePractices } from '../api/search-practices';
import type { PracticeSummary } from '../api/types';
import { HighlightedText } from '../components/highlighted-text';
import { PracticeFacets } from '../components/practice-facets';
import { isMaturity, isPopulationBand } from '../utils/practices';

const FILTERS = [
  'q',
  'fieldOfAction',
  'country',
  'populationBand',
  'maturity',
  'networkId',
] as const;

function filtersFrom(params: URLSearchParams): PracticeFilters {
  const text = (name: string) => params.get(name) ?? undefined;
  const maturity = params.get('maturity');
  const band = params.get('populationBand');
  return {
    q: text('q'),
    fieldOfAction: text('fieldOfAction'),
    country: text('country'),
    populationBand: isPopulationBand(band) ? band : undefined,
    maturity: isMaturity(maturity) ? maturity : undefined,
    networkId: text('networkId'),
  };
}

export function PracticeLibraryRoute() {
  const { t } = useTranslation('practices');
  useDocumentTitle(t('library.heading'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const practices = usePractices(filters);
  const [q, setQ] = useState(filters.q ?? '');

  const setFilter = (name: keyof PracticeFilters, value: string | undefined) => {
    const next = new URLSearchParams();
    for (const key of FILTERS) {
      const current = key === name ? value : filters[key];
      if (current) next.set(key, current);
    }
    setSearchParams(next);
  };

  const pages = practices.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const first = pages[0];
  const anyFilter = FILTERS.some((key) => key !== 'q' && filters[key]);

  return (
    <>
      <div className="page-header">
        <h1>{t('library.heading')}</h1>
      </div>
      <p className="lead">{t('library.intro')}</p>
      <form
        role="search"
        aria-label={t('library.searchLabel')}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter('q', q.trim() || undefined);
        }}
      >
        <TextField
          label={t('library.q')}
          hint={t('library.qHint')}
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
          }}
        />
        <Button type="submit" variant="primary">
          {t('library.search')}
        </Button>
      </form>

      <p role="status" className="practice-library__count">
        {first ? t('library.found', { count: first.total }) : ''}
      </p>
      {practices.isPending ? <Loading /> : null}
      {practices.isError ? <ProblemAlert error={practices.error} /> : null}

      <div className="practice-library">
        {first ? (
          <aside aria-label={t('facets.label')} className="practice-library__facets">
            <h2>{t('facets.heading')}</h2>
            <PracticeFacets facets={first.facets} filters={filters} onChange={setFilter} />
            {anyFilter ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setSearchParams(filters.q ? new URLSearchParams({ q: filters.q }) : {});
                }}
              >
                {t('facets.clear')}
              </Button>
            ) : null}
          </aside>
        ) : null}
        <section aria-label={t('library.results')} className="practice-library__results">
          {practices.isSuccess && items.length === 0 ? <p>{t('library.empty')}</p> : null}
          <ol className="practice-hits">
            {items.map((practice) => (
              <PracticeHit key={practice.id} practice={practice} />
            ))}
          </ol>
          {practices.hasNextPage ? (
            <Button
              type="button"
              variant="secondary"
              disabled={practices.isFetchingNextPage}
              onClick={() => {
                void practices.fetchNextPage();
              }}
            >
              {t('library.more')}
            </Button>
          ) : null}
        </section>
      </div>
    </>
  );
}

function PracticeHit({ practice }: { practice: PracticeSummary }) {
  const { t } = useTranslation('practices');
  return (
    <li className="practice-hit">
      <h3>
        <Link to={`/practices/${practice.id}`}>
          {practice.highlight ? (
            <HighlightedText highlight={practice.highlight.title} />
          ) : (
            practice.title
          )}
        </Link>
      </h3>
      <p className="practice-hit__meta">
        {practice.organizationName}
        {practice.country
          ? ` · ${t(`country.${practice.country}`, { defaultValue: practice.country })}`
          : ''}
        {' · '}
        <Badge tone="neutral">{t(`maturity.${practice.maturity}`)}</Badge>
        {practice.status === 'DRAFT' ? (
          <>
            {' '}
            <Badge tone="warning">{t('status.DRAFT')}</Badge>
          </>
        ) : null}
        {' · '}
        {t('adoptions.count', { count: practice.adoptionCount })}
      </p>
      {practice.highlight?.excerpt ? (
        <p>
          <HighlightedText highlight={practice.highlight.excerpt} />
        </p>
      ) : practice.summary ? (
        <p>{practice.summary}</p>
      ) : null}
    </li>
  );
}
