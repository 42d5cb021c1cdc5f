import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProgressBar } from '@/components/ui/progress-bar';
import { useFormatters } from '@/lib/i18n/format';

import type { StarterProjectSummary } from '../api/types';
import { useFieldOfActionLabel } from '../utils/field-of-action-label';
import { useImpactFormat } from '../utils/use-impact-format';

import { ProjectStatusBadge } from './project-status-badge';

interface ProjectsTableProps {
  projects: readonly StarterProjectSummary[];
  captionId: string;
  ref?: Ref<HTMLDivElement>;
}

export function ProjectsTable({ projects, captionId, ref }: ProjectsTableProps) {
  const { t } = useTranslation(['projects', 'common']);
  const { formatDate } = useFormatters();
  const impact = useImpactFormat();
  const fieldOfActionLabel = useFieldOfActionLabel();
  const empty = t('common:empty');

  return (
    <div className="table-scroll" ref={ref}>
      <table className="table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('columns.title')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.responsible')}</th>
            <th scope="col">{t('columns.fieldsOfAction')}</th>
            <th scope="col">{t('columns.plannedCompletion')}</th>
            <th scope="col" className="table__number">
              {t('columns.co2e')}
            </th>
            <th scope="col">{t('columns.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id}>
              <th scope="row">
                <Link to={`/projects/${project.id}`}>{project.title}</Link>
              </th>
              <td>
                <ProjectStatusBadge status={project.status} />
              </td>
              <td>{project.responsible.length > 0 ? project.responsible.join(', ') : empty}</td>
              <td>
                {project.fieldsOfAction.length > 0
                  ? project.fieldsOfAction.map(fieldOfActionLabel).join(', ')
                  : empty}
              </td>
              <td>
                {project.plannedCompletion ? (
                  <time dateTime={project.plannedCompletion}>
                    {formatDate(project.plannedCompletion)}
                  </time>
                ) : (
                  empty
                )}
              </td>
              <td className="table__number">{impact.co2e(project.totals.co2eTonnesPerYear)}</td>
              <td>
                {project.totals.progress != null ? (
                  <ProgressBar
                    value={project.totals.progress}
                    label={t('progress.ofProject', { title: project.title })}
                    valueText={impact.percent(project.totals.progress)}
                  />
                ) : (
                  empty
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
