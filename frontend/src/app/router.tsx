import { createBrowserRouter, type RouteObject } from 'react-router';

import { StrategyAnchoringSection } from '@/features/anchoring/components/strategy-anchoring-section';
import { AnchoringRoute } from '@/features/anchoring/routes/anchoring-route';
import { DashboardRoute } from '@/features/dashboard/routes/dashboard-route';
import { FieldsOfActionSettingsRoute } from '@/features/fields-of-action/routes/fields-of-action-settings-route';
import { AdvisorPortfolioRoute } from '@/features/networks/routes/advisor-portfolio-route';
import { CheckInLogRoute } from '@/features/networks/routes/check-in-log-route';
import { EventCreateRoute } from '@/features/networks/routes/event-create-route';
import { EventDetailRoute } from '@/features/networks/routes/event-detail-route';
import { NetworkDashboardRoute } from '@/features/networks/routes/network-dashboard-route';
import { NetworkDetailRoute } from '@/features/networks/routes/network-detail-route';
import { NetworksListRoute } from '@/features/networks/routes/networks-list-route';
import { StatusReportRoute } from '@/features/networks/routes/status-report-route';
import { PublishAsPractice } from '@/features/practices/components/publish-as-practice';
import { PracticeDetailRoute } from '@/features/practices/routes/practice-detail-route';
import { PracticeEditRoute } from '@/features/practices/routes/practice-edit-route';
import { PracticeLibraryRoute } from '@/features/practices/routes/practice-library-route';
import { MeasureCreateRoute } from '@/features/projects/routes/measure-create-route';
import { MeasureEditRoute } from '@/features/projects/routes/measure-edit-route';
import { ProjectCreateRoute } from '@/features/projects/routes/project-create-route';
import { ProjectDetailRoute } from '@/features/projects/routes/project-detail-route';
import { ProjectEditRoute } from '@/features/projects/routes/project-edit-route';
import { ProjectsListRoute } from '@/features/projects/routes/projects-list-route';
import { StrategyAnalysesSection } from '@/features/stakeholder-analyses/components/strategy-analyses-section';
import { AnalysisCreateRoute } from '@/features/stakeholder-analyses/routes/analysis-create-route';
import { AnalysisDetailRoute } from '@/features/stakeholder-analyses/routes/analysis-detail-route';
import { AnalysisEditRoute } from '@/features/stakeholder-analyses/routes/analysis-edit-route';
import { StrategyAnalysesRoute } from '@/features/stakeholder-analyses/routes/strategy-analyses-route';
import { StakeholderCreateRoute } from '@/features/stakeholders/routes/stakeholder-create-route';
import { StakeholderDetailRoute } from '@/features/stakeholders/routes/stakeholder-detail-route';
import { StakeholderEditRoute } from '@/features/stakeholders/routes/stakeholder-edit-route';
import { StakeholderImportRoute } from '@/features/stakeholders/routes/stakeholder-import-route';
import { StakeholdersListRoute } from '@/features/stakeholders/routes/stakeholders-list-route';
import { StrategiesListRoute } from '@/features/strategies/routes/strategies-list-route';
import { StrategyCreateRoute } from '@/features/strategies/routes/strategy-create-route';
import { StrategyDetailRoute } from '@/features/strategies/routes/strategy-detail-route';
import { StrategyEditRoute } from '@/features/strategies/routes/strategy-edit-route';
import { StrategyOutlineSection } from '@/features/strategy-outline/components/strategy-outline-section';
import { IndicatorDetailRoute } from '@/features/strategy-outline/routes/indicator-detail-route';
import {
  IndicatorCreateRoute,
  IndicatorEditRoute,
} from '@/features/strategy-outline/routes/indicator-form-routes';
import { OutlineRoute } from '@/features/strategy-outline/routes/outline-route';
import { WorkshopCreateRoute } from '@/features/workshops/routes/workshop-create-route';
import { WorkshopDetailRoute } from '@/features/workshops/routes/workshop-detail-route';
import { WorkshopEditRoute } from '@/features/workshops/routes/workshop-edit-route';
import { WorkshopPrintRoute } from '@/features/workshops/routes/workshop-print-route';
import { WorkshopsListRoute } from '@/features/workshops/routes/workshops-list-route';

import { AppLayout } from './layout/app-layout';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'strategies', element: <StrategiesListRoute /> },
      { path: 'strategies/new', element: <StrategyCreateRoute /> },
      {
        path: 'strategies/:strategyId',
        element: (
          <StrategyDetailRoute
            renderRelated={({ strategy, canWrite }) => (
              <>
                <StrategyOutlineSection strategyId={strategy.id} />
                <StrategyAnalysesSection strategyId={strategy.id} canWrite={canWrite} />
                <StrategyAnchoringSection
                  strategyId={strategy.id}
                  organizationId={strategy.organizationId}
                  adoptedBy={strategy.adoption?.decisionId}
                />
              </>
            )}
          />
        ),
      },
      { path: 'strategies/:strategyId/outline', element: <OutlineRoute /> },
      { path: 'strategies/:strategyId/indicators/new', element: <IndicatorCreateRoute /> },
      { path: 'strategies/:strategyId/indicators/:indicatorId', element: <IndicatorDetailRoute /> },
      {
        path: 'strategies/:strategyId/indicators/:indicatorId/edit',
        element: <IndicatorEditRoute />,
      },
      { path: 'strategies/:strategyId/analyses', element: <StrategyAnalysesRoute /> },
      { path: 'strategies/:strategyId/analyses/new', element: <AnalysisCreateRoute /> },
      { path: 'stakeholder-analyses/:analysisId', element: <AnalysisDetailRoute /> },
      { path: 'stakeholder-analyses/:analysisId/edit', element: <AnalysisEditRoute /> },
      { path: 'strategies/:strategyId/edit', element: <StrategyEditRoute /> },
      { path: 'projects', element: <ProjectsListRoute /> },
      { path: 'projects/new', element: <ProjectCreateRoute /> },
      {
        path: 'projects/:projectId',
        element: (
          <ProjectDetailRoute
            renderRelated={({ projectId, canWrite }) => (
              <PublishAsPractice projectId={projectId} canWrite={canWrite} />
            )}
          />
        ),
      },
      { path: 'projects/:projectId/edit', element: <ProjectEditRoute /> },
      { path: 'projects/:projectId/measures/new', element: <MeasureCreateRoute /> },
      { path: 'projects/:projectId/measures/:measureId/edit', element: <MeasureEditRoute /> },
      { path: 'stakeholders', element: <StakeholdersListRoute /> },
      { path: 'stakeholders/new', element: <StakeholderCreateRoute /> },
      { path: 'stakeholders/import', element: <StakeholderImportRoute /> },
      { path: 'stakeholders/:stakeholderId', element: <StakeholderDetailRoute /> },
      { path: 'stakeholders/:stakeholderId/edit', element: <StakeholderEditRoute /> },
      { path: 'practices', element: <PracticeLibraryRoute /> },
      { path: 'practices/:practiceId', element: <PracticeDetailRoute /> },
      { path: 'practices/:practiceId/edit', element: <PracticeEditRoute /> },
      { path: 'workshops', element: <WorkshopsListRoute /> },
      { path: 'workshops/new', element: <WorkshopCreateRoute /> },
      { path: 'workshops/:workshopId', element: <WorkshopDetailRoute /> },
      { path: 'workshops/:workshopId/edit', element: <WorkshopEditRoute /> },
      { path: 'networks', element: <NetworksListRoute /> },
      { path: 'networks/:networkId', element: <NetworkDetailRoute /> },
      { path: 'networks/:networkId/dashboard', element: <NetworkDashboardRoute /> },
      { path: 'networks/:networkId/events/new', element: <EventCreateRoute /> },
      { path: 'networks/:networkId/advisors/:assignmentId', element: <CheckInLogRoute /> },
      { path: 'advisor-portfolio', element: <AdvisorPortfolioRoute /> },
      { path: 'anchoring', element: <AnchoringRoute /> },
      { path: 'networks/:networkId/events/:eventId', element: <EventDetailRoute /> },
      { path: 'networks/:networkId/events/:eventId/report', element: <StatusReportRoute /> },
      { path: 'settings/fields-of-action', element: <FieldsOfActionSettingsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
  // A page to print: without the app's header, navigation and footer.
  {
    path: 'workshops/:workshopId/print',
    element: <WorkshopPrintRoute />,
    errorElement: <RouteError />,
  },
];

/** Created after login, so that the router starts at the deep link restored from before it. */
export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
