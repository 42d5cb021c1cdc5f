import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormatters } from '@/lib/i18n/format';

import type { StarterProject, StrategyComponent } from '../api/types';
import { useFieldOfActionLabel } from '../utils/field-of-action-label';
import { useImpactFormat } from '../utils/use-impact-format';

import { ProjectStatusBadge } from './project-status-badge';

interface ProjectDetailsProps {
  project: StarterProject;
  organizationName: string | undefined;
  /** The linked strategy's title, once known. */
  strategyTitle: string | undefined;
  /** The components of the linked strategy, once known: the linked ones are named from there. */
  strategyComponents: readonly StrategyComponent[] | undefined;
}

export function ProjectDetails({
  project,
  organizationName,
  strategyTitle,
  strategyComponents,
}: ProjectDetailsProps) {
  const { t } = useTranslation(['projects', 'outline', 'common']);
  const { formatDate, formatDateTime, formatNumber } = useFormatters();
  const impact = useImpactFormat();
  const fieldOfActionLabel = useFieldOfActionLabel();
  const empty = t('common:empty');

  const date = (value: string | undefined) =>
    value ? <time dateTime={value}>{formatDate(value)}</time> : empty;
  const money = (value: number | undefined) => (value != null ? impact.euro(value) : empty);
  const byAt = (at: string, by: string | null | undefined) =>
    by ? t('fields.byAt', { at: formatDateTime(at), by }) : formatDateTime(at);

  return (
    <dl className="details">
      <div>
        <dt>{t('fields.organization')}</dt>
        <dd>{organizationName ?? t('detail.unknownOrganization')}</dd>
      </div>
      <div>
        <dt>{t('fields.status')}</dt>
        <dd>
          <ProjectStatusBadge status={project.status} />
        </dd>
      </div>
      {project.statusReason ? (
        <div className="details__wide">
          <dt>{t('fields.statusReason')}</dt>
          <dd className="details__text">{project.statusReason}</dd>
        </div>
      ) : null}
      <div className="details__wide">
        <dt>{t('fields.summary')}</dt>
        <dd className="details__text">{project.summary ?? empty}</dd>
      </div>
      <div>
        <dt>{t('fields.fieldsOfAction')}</dt>
        <dd>
          {project.fieldsOfAction.length > 0
            ? project.fieldsOfAction.map(fieldOfActionLabel).join(', ')
            : empty}
        </dd>
      </div>
      <div>
        <dt>{t('fields.strategy')}</dt>
        <dd>
          {project.strategyId ? (
            <Link to={`/strategies/${project.strategyId}`}>
              {strategyTitle ?? t('detail.openStrategy')}
            </Link>
          ) : (
            empty
          )}
        </dd>
      </div>
      <div className="details__wide">
        <dt>{t('links.legend')}</dt>
        <dd>
          {project.strategyId && project.componentIds.length > 0 ? (
            <ul className="inline-list">
              {project.componentIds.map((componentId) => {
                const component = strategyComponents?.find((item) => item.id === componentId);
                return (
                  <li key={componentId}>
                    <Link to={`/strategies/${project.strategyId}/outline`}>
                      {component
                        ? t('links.componentLabel', {
                            type: t(`outline:type.${component.type}`),
                            title: component.title,
                          })
                        : strategyComponents
                          ? t('links.unknownComponent')
                          : t('links.component')}
                    </Link>
                  </li>
                );
              })}
            </ul>
          ) : (
            empty
          )}
        </dd>
      </div>
      <div>
        <dt>{t('fields.startDate')}</dt>
        <dd>{date(project.startDate)}</dd>
      </div>
      <div>
        <dt>{t('fields.plannedCompletion')}</dt>
        <dd>{date(project.plannedCompletion)}</dd>
      </div>
      <div>
        <dt>{t('fields.actualCompletion')}</dt>
        <dd>{date(project.actualCompletion)}</dd>
      </div>
      <div>
        <dt>{t('fields.budgetPlanned')}</dt>
        <dd>{money(project.budgetPlanned)}</dd>
      </div>
      <div>
        <dt>{t('fields.budgetActual')}</dt>
        <dd>{money(project.budgetActual)}</dd>
      </div>
      <div>
        <dt>{t('fields.fundingSource')}</dt>
        <dd>{project.fundingSource ?? empty}</dd>
      </div>
      {project.originPractice ? (
        <div className="details__wide">
          <dt>{t('fields.originPractice')}</dt>
          <dd className="details__text">
            {project.originPractice.practiceId ? (
              <Link to={`/practices/${project.originPractice.practiceId}`}>
                {project.originPractice.title}
              </Link>
            ) : (
              project.originPractice.title
            )}{' '}
            {t('detail.adoptedVersion', { version: project.originPractice.version })}
          </dd>
        </div>
      ) : null}
      {project.originOutcomeId || project.originNote ? (
        <div className="details__wide">
          <dt>{t('fields.origin')}</dt>
          <dd className="details__text">{project.originNote ?? t('detail.fromWorkshop')}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('fields.visibility')}</dt>
        <dd>{t(`visibility.${project.visibility}`)}</dd>
      </div>
      <div>
        <dt>{t('fields.externalId')}</dt>
        <dd>{project.externalId ?? empty}</dd>
      </div>
      <div>
        <dt>{t('fields.version')}</dt>
        <dd>{formatNumber(project.version)}</dd>
      </div>
      <div>
        <dt>{t('fields.created')}</dt>
        <dd>{byAt(project.createdAt, project.createdBy)}</dd>
      </div>
      <div>
        <dt>{t('fields.updated')}</dt>
        <dd>{byAt(project.updatedAt, project.updatedBy)}</dd>
      </div>
    </dl>
  );
}
