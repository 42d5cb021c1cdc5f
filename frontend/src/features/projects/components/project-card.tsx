import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProgressBar } from '@/components/ui/progress-bar';
import { useFormatters } from '@/lib/i18n/format';

import type { ProjectStatus, StarterProjectSummary } from '../api/types';
import { useImpactFormat } from '../utils/use-impact-format';

import { MoveToMenu } from './move-to-menu';

interface ProjectCardProps {
  project: StarterProjectSummary;
  canMove: boolean;
  onMoved: (projectId: string, status: ProjectStatus) => void;
}

export function ProjectCard({ project, canMove, onMoved }: ProjectCardProps) {
  const { t } = useTranslation(['projects', 'common']);
  const { formatDate } = useFormatters();
  const impact = useImpactFormat();
  const titleId = useId();
  const empty = t('common:empty');

  return (
    <article className="project-card" aria-labelledby={titleId}>
      <h4 id={titleId} className="project-card__title">
        <Link to={`/projects/${project.id}`}>{project.title}</Link>
      </h4>
      <dl className="project-card__facts">
        <div>
          <dt>{t('card.responsible')}</dt>
          <dd>{project.responsible.length > 0 ? project.responsible.join(', ') : empty}</dd>
        </div>
        <div>
          <dt>{t('card.plannedCompletion')}</dt>
          <dd>
            {project.plannedCompletion ? (
              <time dateTime={project.plannedCompletion}>
                {formatDate(project.plannedCompletion)}
              </time>
            ) : (
              empty
            )}
          </dd>
        </div>
        <div>
          <dt>{t('card.co2e')}</dt>
          <dd>{impact.co2e(project.totals.co2eTonnesPerYear)}</dd>
        </div>
        <div>
          <dt>{t('card.progress')}</dt>
          <dd>
            {project.totals.progress != null ? (
              <ProgressBar
                value={project.totals.progress}
                label={t('progress.ofProject', { title: project.title })}
                valueText={impact.percent(project.totals.progress)}
              />
            ) : (
              t('progress.none')
            )}
          </dd>
        </div>
      </dl>
      {canMove ? (
        <MoveToMenu projectId={project.id} projectTitle={project.title} onMoved={onMoved} />
      ) : null}
    </article>
  );
}
