import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { BarChart } from '@/components/ui/bar-chart';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Loading } from '@/components/ui/spinner';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import { useDashboard } from '../api/get-dashboard';
import type { Dashboard, ProgressStatus } from '../api/types';

const progressTone: Record<ProgressStatus, 'neutral' | 'info' | 'success' | 'warning' | 'muted'> = {
  NO_DATA: 'muted',
  NO_TARGET: 'muted',
  ACHIEVED: 'success',
  ON_TRACK: 'info',
  OFF_TRACK: 'warning',
};

/** The landing page: where the organisation stands. */
export function DashboardRoute() {
  const { t } = useTranslation('dashboard');
  useDocumentTitle(t('heading'));
  const me = useMe();
  const selectId = useId();
  const memberships = me.data?.memberships ?? [];
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // With one membership the API picks the organisation; with several the first is the default.
  const organizationId =
    memberships.length > 1 ? (chosen ?? memberships[0]?.organization.id) : undefined;
  const dashboard = useDashboard(organizationId, me.isSuccess);

  return (
    <>
      <div className="page-header">
        <h1>{t('heading')}</h1>
      </div>
      {memberships.length > 1 ? (
        <div className="field">
          <label htmlFor={selectId}>{t('organization')}</label>
          <select
            id={selectId}
            value={organizationId}
            onChange={(event) => {
              setChosen(event.target.value);
            }}
          >
            {memberships.map((membership) => (
              <option key={membership.organization.id} value={membership.organization.id}>
                {membership.organization.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {me.isPending || (me.isSuccess && dashboard.isPending) ? <Loading /> : null}
      {dashboard.isError ? <ProblemAlert error={dashboard.error} /> : null}
      {dashboard.data ? <DashboardContent dashboard={dashboard.data} /> : null}
    </>
  );
}

function DashboardContent({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation(['dashboard', 'strategies', 'projects', 'outline', 'analyses']);
  const format = useFormatters();
  const { sectorLabel } = useVocabulary();
  const { label: fieldOfActionLabel } = useFieldsOfAction();
  const impact = dashboard.projects.impact;

  return (
    <div className="dashboard">
      <p className="lead">{t('intro', { organization: dashboard.organization.name })}</p>

      <section aria-labelledby="dashboard-strategies">
        <h2 id="dashboard-strategies">{t('strategies.heading')}</h2>
        {dashboard.strategies.length === 0 ? (
          <p>{t('strategies.empty')}</p>
        ) : (
          <ul className="plain-list">
            {dashboard.strategies.map((strategy) => (
              <li key={strategy.id}>
                <Link to={`/strategies/${strategy.id}`}>{strategy.title}</Link>{' '}
                <Badge tone="neutral">{t(`strategies:status.${strategy.status}`)}</Badge>
                <ProgressBar
                  value={strategy.completeness.percent}
                  label={t('strategies.completeness', { title: strategy.title })}
                  valueText={t('strategies.completenessValue', {
                    percent: format.formatPercent(strategy.completeness.percent),
                    present: strategy.completeness.presentTypes.length,
                    total:
                      strategy.completeness.presentTypes.length +
                      strategy.completeness.missingTypes.length,
                  })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dashboard-projects">
        <h2 id="dashboard-projects">{t('projects.heading')}</h2>
        <p>{t('projects.total', { count: dashboard.projects.total })}</p>
        <BarChart
          title={t('projects.byStatus')}
          categoryHeader={t('projects.status')}
          valueHeader={t('projects.count')}
          bars={dashboard.projects.byStatus.map((entry) => ({
            key: entry.status,
            label: t(`projects:status.${entry.status}`),
            value: entry.count,
          }))}
        />
        <ul className="inline-list">
          {dashboard.projects.byStatus
            .filter((entry) => entry.count > 0)
            .map((entry) => (
              <li key={entry.status}>
                <Link to={`/projects?status=${entry.status}`}>
                  {t('projects.linkStatus', {
                    status: t(`projects:status.${entry.status}`),
                    count: entry.count,
                  })}
                </Link>
              </li>
            ))}
        </ul>
        <BarChart
          title={t('projects.byFieldOfAction')}
          categoryHeader={t('projects.fieldOfAction')}
          valueHeader={t('projects.count')}
          bars={dashboard.projects.byFieldOfAction.map((entry) => ({
            key: entry.fieldOfAction,
            label: fieldOfActionLabel(entry.fieldOfAction),
            value: entry.count,
          }))}
        />
      </section>

      <section aria-labelledby="dashboard-impact">
        <h2 id="dashboard-impact">{t('impact.heading')}</h2>
        <p>{t('impact.basis', { count: impact.measureCount })}</p>
        <dl className="impact-list">
          <div>
            <dt>{t('impact.co2e')}</dt>
            <dd>
              {t('impact.unitCo2e', { value: format.formatNumber(impact.co2eTonnesPerYear) })}
            </dd>
          </div>
          <div>
            <dt>{t('impact.renewable')}</dt>
            <dd>
              {t('impact.unitMwh', { value: format.formatNumber(impact.renewableMwhPerYear) })}
            </dd>
          </div>
          <div>
            <dt>{t('impact.energyReplaced')}</dt>
            <dd>
              {t('impact.unitMwh', { value: format.formatNumber(impact.energyReplacedMwhPerYear) })}
            </dd>
          </div>
          <div>
            <dt>{t('impact.materialAvoided')}</dt>
            <dd>
              {t('impact.unitTonnes', { value: format.formatNumber(impact.materialAvoidedT) })}
            </dd>
          </div>
          <div>
            <dt>{t('impact.materialReused')}</dt>
            <dd>
              {t('impact.unitTonnes', { value: format.formatNumber(impact.materialReusedT) })}
            </dd>
          </div>
          <div>
            <dt>{t('impact.materialRecycled')}</dt>
            <dd>
              {t('impact.unitTonnes', { value: format.formatNumber(impact.materialRecycledT) })}
            </dd>
          </div>
          <div>
            <dt>{t('impact.cost')}</dt>
            <dd>{format.formatCurrency(impact.cost)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="dashboard-indicators">
        <h2 id="dashboard-indicators">{t('indicators.heading')}</h2>
        {dashboard.indicators.length === 0 ? (
          <p>{t('indicators.empty')}</p>
        ) : (
          <ul className="plain-list">
            {dashboard.indicators.map((indicator) => (
              <li key={indicator.id}>
                <Link to={`/strategies/${indicator.strategyId}/indicators/${indicator.id}`}>
                  {indicator.name}
                </Link>{' '}
                <Badge tone={progressTone[indicator.progress.status]}>
                  {t(`outline:progress.${indicator.progress.status}`)}
                </Badge>{' '}
                {indicator.progress.percent === undefined
                  ? null
                  : t('indicators.percent', {
                      percent: format.formatPercent(indicator.progress.percent),
                    })}
                {indicator.progress.basedOnEstimate ? ` ${t('indicators.estimate')}` : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dashboard-stakeholders">
        <h2 id="dashboard-stakeholders">{t('stakeholders.heading')}</h2>
        <p>{t('stakeholders.total', { count: dashboard.stakeholders.total })}</p>
        <BarChart
          title={t('stakeholders.bySector')}
          categoryHeader={t('stakeholders.sector')}
          valueHeader={t('stakeholders.count')}
          bars={dashboard.stakeholders.bySector.map((entry) => ({
            key: entry.sector,
            label: sectorLabel(entry.sector),
            value: entry.count,
          }))}
        />
        {dashboard.stakeholders.latestAnalysis ? (
          <p>
            {t('stakeholders.latestAnalysis')}{' '}
            <Link to={`/stakeholder-analyses/${dashboard.stakeholders.latestAnalysis.id}`}>
              {dashboard.stakeholders.latestAnalysis.title}
            </Link>{' '}
            {t('stakeholders.analysisCounts', {
              rated: dashboard.stakeholders.latestAnalysis.rated,
              withGap: dashboard.stakeholders.latestAnalysis.withGap,
            })}
          </p>
        ) : null}
        <h3>{t('stakeholders.gapsHeading')}</h3>
        {dashboard.stakeholders.largestGaps.length === 0 ? (
          <p>{t('stakeholders.noGaps')}</p>
        ) : (
          <table className="table table--compact">
            <caption className="visually-hidden">{t('stakeholders.gapsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stakeholders.name')}</th>
                <th scope="col">{t('stakeholders.sector')}</th>
                <th scope="col">{t('stakeholders.current')}</th>
                <th scope="col">{t('stakeholders.desired')}</th>
                <th scope="col" className="num">
                  {t('stakeholders.gap')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.stakeholders.largestGaps.map((gap) => (
                <tr key={gap.stakeholderId}>
                  <th scope="row">
                    <Link to={`/stakeholders/${gap.stakeholderId}`}>{gap.name}</Link>
                  </th>
                  <td>{sectorLabel(gap.sector)}</td>
                  <td>{t(`analyses:engagement.${gap.current}`)}</td>
                  <td>{t(`analyses:engagement.${gap.desired}`)}</td>
                  <td className="num">{gap.gap}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="dashboard-workshops">
        <h2 id="dashboard-workshops">{t('workshops.heading')}</h2>
        {dashboard.upcomingWorkshops.length === 0 ? (
          <p>{t('workshops.empty')}</p>
        ) : (
          <ul className="plain-list">
            {dashboard.upcomingWorkshops.map((workshop) => (
              <li key={workshop.id}>
                <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
                {' – '}
                {format.formatEventTime(workshop.startsAt, workshop.timeZone)}
                {' – '}
                {t('workshops.seats', { taken: workshop.seatsTaken, capacity: workshop.capacity })}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('followUps.heading')}</h3>
        {dashboard.overdueFollowUps.length === 0 ? (
          <p>{t('followUps.empty')}</p>
        ) : (
          <ul className="plain-list">
            {dashboard.overdueFollowUps.map((followUp) => (
              <li key={followUp.id}>
                {t('followUps.item', {
                  title: followUp.title,
                  due: format.formatDate(followUp.dueDate),
                  owner: followUp.owner ?? t('followUps.noOwner'),
                })}{' '}
                <Link to={`/workshops/${followUp.workshopId}`}>{followUp.workshopTitle}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
