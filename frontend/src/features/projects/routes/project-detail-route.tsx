import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { RecordHistory } from '@/components/history/record-history';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isNotFound } from '@/lib/api/errors';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useOrganizations } from '@/lib/organizations/organizations';
import { useOrganizationStrategies } from '@/lib/registers/registers';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useProject } from '../api/get-project';
import { useStrategyComponents } from '../api/get-strategy-components';
import { projectKeys } from '../api/query-keys';
import { DeleteProjectSection } from '../components/delete-project-section';
import { ImpactSummary } from '../components/impact-summary';
import { MeasuresSection } from '../components/measures-section';
import { ProjectDetails } from '../components/project-details';
import { ProjectParties } from '../components/project-parties';
import { ProjectStatusActions } from '../components/project-status-actions';
import { ProjectStatusBadge } from '../components/project-status-badge';
import { StatusUpdatesSection } from '../components/status-updates-section';

interface ProjectDetailRouteProps {
  /**
   * Sections of other features about this project (the good practices written up from it).
   * Features do not import each other: the app's router composes them here.
   */
  renderRelated?: (context: { projectId: string; canWrite: boolean }) => ReactNode;
}

export function ProjectDetailRoute({ renderRelated }: ProjectDetailRouteProps = {}) {
  const { t } = useTranslation('projects');
  const { projectId = '' } = useParams();
  const query = useProject(projectId);
  const me = useMe();
  const organizations = useOrganizations();
  const strategies = useOrganizationStrategies(
    query.data?.project.strategyId ? query.data.project.organizationId : '',
  );
  const components = useStrategyComponents(query.data?.project.strategyId ?? '', {
    enabled: (query.data?.project.componentIds.length ?? 0) > 0,
  });
  const queryClient = useQueryClient();
  useDocumentTitle(query.data?.project.title ?? t('detail.title'));

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId) });
  };

  const back = (
    <p>
      <Link to="/projects">{t('detail.back')}</Link>
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
          <Alert tone="error" title={t('detail.notFound')} />
        ) : (
          <ProblemAlert error={query.error} />
        )}
      </>
    );
  }

  const { project } = query.data;
  const canWrite = canWriteIn(me.data, project.organizationId);
  const strategyTitle = strategies.data?.find(
    (strategy) => strategy.id === project.strategyId,
  )?.title;

  return (
    <article aria-labelledby="project-title" className="project-detail">
      {back}
      <div className="page-header">
        <h1 id="project-title">{project.title}</h1>
        <ProjectStatusBadge status={project.status} />
      </div>

      {canWrite ? (
        <section className="actions-panel" aria-labelledby="project-actions-heading">
          <h2 id="project-actions-heading">{t('detail.actions')}</h2>
          <div className="button-row">
            <LinkButton to={`/projects/${project.id}/edit`} variant="primary">
              {t('detail.edit')}
            </LinkButton>
          </div>
          <ProjectStatusActions versioned={query.data} onReload={reload} />
          <DeleteProjectSection versioned={query.data} onReload={reload} />
        </section>
      ) : null}

      <section aria-labelledby="project-impact-heading">
        <h2 id="project-impact-heading">{t('impact.heading')}</h2>
        <ImpactSummary totals={project.totals} captionId="project-impact-heading" />
      </section>

      <section aria-labelledby="project-details-heading">
        <h2 id="project-details-heading">{t('detail.details')}</h2>
        <ProjectDetails
          project={project}
          organizationName={organizations.nameOf(project.organizationId)}
          strategyTitle={strategyTitle}
          strategyComponents={components.data}
        />
      </section>

      <section aria-labelledby="project-parties-heading">
        <h2 id="project-parties-heading">{t('parties.heading')}</h2>
        <ProjectParties parties={project.parties} />
      </section>

      <MeasuresSection project={project} canWrite={canWrite} onReload={reload} />

      <StatusUpdatesSection projectId={project.id} canWrite={canWrite} />
      {renderRelated?.({ projectId: project.id, canWrite })}

      <RecordHistory kind="starter-projects" id={project.id} />
    </article>
  );
}
