import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { canWriteIn, useMe, writableOrganizations } from '@/lib/auth/me';
import { useOrganizations } from '@/lib/organizations/organizations';
import { useReadableStrategies, useStakeholderRegisters } from '@/lib/registers/registers';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useProjects } from '../api/get-projects';
import type { ProjectFilters } from '../api/query-keys';
import { ExportButtons } from '../components/export-buttons';
import { ProjectFiltersForm } from '../components/project-filters-form';
import { ProjectsBoard } from '../components/projects-board';
import { ProjectsTable } from '../components/projects-table';
import { isFieldOfActionCode, isProjectStatus } from '../utils/project-options';

type View = 'table' | 'board';
const views: View[] = ['table', 'board'];

function filtersFrom(params: URLSearchParams): ProjectFilters {
  const fieldOfAction = params.get('fieldOfAction');
  const status = params.get('status');
  return {
    fieldOfAction: isFieldOfActionCode(fieldOfAction) ? fieldOfAction : undefined,
    status: isProjectStatus(status) ? status : undefined,
    responsibleStakeholderId: params.get('responsibleStakeholderId') ?? undefined,
    strategyId: params.get('strategyId') ?? undefined,
    organizationId: params.get('organizationId') ?? undefined,
    q: params.get('q') ?? undefined,
  };
}

function paramsFrom(filters: ProjectFilters, view: View): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') {
      params.set(key, value);
    }
  }
  if (view !== 'table') {
    params.set('view', view);
  }
  return params;
}

function hasNotice(state: unknown): state is { notice: string } {
  return typeof state === 'object' && state !== null && 'notice' in state;
}

export function ProjectsListRoute() {
  const { t } = useTranslation('projects');
  useDocumentTitle(t('list.heading'));
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const filters = filtersFrom(searchParams);
  const view: View = searchParams.get('view') === 'board' ? 'board' : 'table';
  const projects = useProjects(filters);
  const me = useMe();
  const memberOrganizations = (me.data?.memberships ?? []).map(
    (membership) => membership.organization.id,
  );
  const partyOptions = useStakeholderRegisters(memberOrganizations);
  const strategyOptions = useReadableStrategies();
  const { organizations } = useOrganizations();
  const tableRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);

  const items = projects.data?.pages.flatMap((page) => page.items) ?? [];
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
        <h1 id="projects-heading">{t('list.heading')}</h1>
        {canCreate ? (
          <LinkButton to="/projects/new" variant="primary">
            {t('list.new')}
          </LinkButton>
        ) : null}
      </div>
      <p className="lead">{t('list.intro')}</p>
      {deleted ? <Alert tone="success">{t('list.deleted')}</Alert> : null}

      <ProjectFiltersForm
        key={searchParams.toString()}
        filters={filters}
        stakeholders={partyOptions.stakeholders}
        strategies={strategyOptions.data ?? []}
        organizations={organizations}
        onApply={(next) => {
          setSearchParams(paramsFrom(next, view));
        }}
      />

      <div className="list-toolbar">
        <div className="view-switch" role="group" aria-label={t('view.label')}>
          {views.map((option) => (
            <Button
              key={option}
              aria-pressed={view === option}
              className="view-switch__option"
              onClick={() => {
                setSearchParams(paramsFrom(filters, option));
              }}
            >
              {t(`view.${option}`)}
            </Button>
          ))}
        </div>
        <ExportButtons filters={filters} />
      </div>

      {projects.isPending ? <Loading /> : null}
      {/* A failed "load more" shows its error at the button. */}
      {projects.isError && !projects.isFetchNextPageError ? (
        <ProblemAlert error={projects.error} />
      ) : null}
      {projects.isSuccess && items.length === 0 ? <p>{t('list.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <h2 className={view === 'board' ? undefined : 'visually-hidden'} id="projects-results">
            {t(`view.heading.${view}`)}
          </h2>
          {view === 'table' ? (
            <ProjectsTable projects={items} captionId="projects-heading" ref={tableRef} />
          ) : (
            <ProjectsBoard
              projects={items}
              onlyStatus={filters.status}
              canMove={(project) => canWriteIn(me.data, project.organizationId)}
            />
          )}
          <p role="status" className="list-status">
            {t('list.count', { count: items.length })}
            {projects.hasNextPage ? '' : ` · ${t('list.allLoaded')}`}
          </p>
          {projects.hasNextPage ? (
            <Button
              onClick={() => {
                focusRow.current = view === 'table' ? items.length : null;
                void projects.fetchNextPage();
              }}
              disabled={projects.isFetchingNextPage}
            >
              {projects.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
            </Button>
          ) : null}
          {projects.isFetchNextPageError ? <ProblemAlert error={projects.error} /> : null}
        </>
      ) : null}
    </>
  );
}
