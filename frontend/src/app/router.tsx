import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { Loading } from '@/components/ui/spinner';

import { AppLayout } from './layout/app-layout';
import {
  AdvisorPortfolioRoute,
  AnalysisCreateRoute,
  AnalysisDetailRoute,
  AnalysisEditRoute,
  AnchoringRoute,
  ApiClientsRoute,
  CheckInLogRoute,
  DashboardRoute,
  EventCreateRoute,
  EventDetailRoute,
  FieldsOfActionSettingsRoute,
  IndicatorCreateRoute,
  IndicatorDetailRoute,
  IndicatorEditRoute,
  MeasureCreateRoute,
  MeasureEditRoute,
  NetworkDashboardRoute,
  NetworkDetailRoute,
  NetworksListRoute,
  OutlineRoute,
  PracticeDetailRoute,
  PracticeEditRoute,
  PracticeLibraryRoute,
  ProjectCreateRoute,
  ProjectDetailRoute,
  ProjectEditRoute,
  ProjectsListRoute,
  PublishAsPractice,
  StakeholderCreateRoute,
  StakeholderDetailRoute,
  StakeholderEditRoute,
  StakeholderImportRoute,
  StakeholdersListRoute,
  StatusReportRoute,
  StrategiesListRoute,
  StrategyAnalysesRoute,
  StrategyAnalysesSection,
  StrategyAnchoringSection,
  StrategyCreateRoute,
  StrategyDetailRoute,
  StrategyEditRoute,
  StrategyOutlineSection,
  WorkshopCreateRoute,
  WorkshopDetailRoute,
  WorkshopEditRoute,
  WorkshopPrintRoute,
  WorkshopsListRoute,
} from './pages';
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
              <Suspense fallback={<Loading />}>
                <StrategyOutlineSection strategyId={strategy.id} />
                <StrategyAnalysesSection strategyId={strategy.id} canWrite={canWrite} />
                <StrategyAnchoringSection
                  strategyId={strategy.id}
                  organizationId={strategy.organizationId}
                  adoptedBy={strategy.adoption?.decisionId}
                />
              </Suspense>
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
              <Suspense fallback={<Loading />}>
                <PublishAsPractice projectId={projectId} canWrite={canWrite} />
              </Suspense>
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
      { path: 'settings/api-clients', element: <ApiClientsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
  // A page to print: without the app's header, navigation and footer.
  {
    path: 'workshops/:workshopId/print',
    element: (
      <Suspense fallback={<Loading />}>
        <WorkshopPrintRoute />
      </Suspense>
    ),
    errorElement: <RouteError />,
  },
];

/** Created after login, so that the router starts at the deep link restored from before it. */
export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
