import { lazy } from 'react';

// Route-level code splitting: each page's code loads when the page is first visited, so the first load fetches the
// shell only (layout, auth, API client, one language). router.tsx places them; the layout holds the Suspense
// boundary, the print page has its own.
export const AnchoringRoute = lazy(() =>
  import('@/features/anchoring/routes/anchoring-route').then((m) => ({
    default: m.AnchoringRoute,
  })),
);
export const ApiClientsRoute = lazy(() =>
  import('@/features/api-clients/routes/api-clients-route').then((m) => ({
    default: m.ApiClientsRoute,
  })),
);
export const StrategyAnchoringSection = lazy(() =>
  import('@/features/anchoring/components/strategy-anchoring-section').then((m) => ({
    default: m.StrategyAnchoringSection,
  })),
);
export const DashboardRoute = lazy(() =>
  import('@/features/dashboard/routes/dashboard-route').then((m) => ({
    default: m.DashboardRoute,
  })),
);
export const FieldsOfActionSettingsRoute = lazy(() =>
  import('@/features/fields-of-action/routes/fields-of-action-settings-route').then((m) => ({
    default: m.FieldsOfActionSettingsRoute,
  })),
);
export const AdvisorPortfolioRoute = lazy(() =>
  import('@/features/networks/routes/advisor-portfolio-route').then((m) => ({
    default: m.AdvisorPortfolioRoute,
  })),
);
export const CheckInLogRoute = lazy(() =>
  import('@/features/networks/routes/check-in-log-route').then((m) => ({
    default: m.CheckInLogRoute,
  })),
);
export const EventCreateRoute = lazy(() =>
  import('@/features/networks/routes/event-create-route').then((m) => ({
    default: m.EventCreateRoute,
  })),
);
export const EventDetailRoute = lazy(() =>
  import('@/features/networks/routes/event-detail-route').then((m) => ({
    default: m.EventDetailRoute,
  })),
);
export const NetworkDashboardRoute = lazy(() =>
  import('@/features/networks/routes/network-dashboard-route').then((m) => ({
    default: m.NetworkDashboardRoute,
  })),
);
export const NetworkDetailRoute = lazy(() =>
  import('@/features/networks/routes/network-detail-route').then((m) => ({
    default: m.NetworkDetailRoute,
  })),
);
export const NetworksListRoute = lazy(() =>
  import('@/features/networks/routes/networks-list-route').then((m) => ({
    default: m.NetworksListRoute,
  })),
);
export const StatusReportRoute = lazy(() =>
  import('@/features/networks/routes/status-report-route').then((m) => ({
    default: m.StatusReportRoute,
  })),
);
export const PublishAsPractice = lazy(() =>
  import('@/features/practices/components/publish-as-practice').then((m) => ({
    default: m.PublishAsPractice,
  })),
);
export const PracticeDetailRoute = lazy(() =>
  import('@/features/practices/routes/practice-detail-route').then((m) => ({
    default: m.PracticeDetailRoute,
  })),
);
export const PracticeEditRoute = lazy(() =>
  import('@/features/practices/routes/practice-edit-route').then((m) => ({
    default: m.PracticeEditRoute,
  })),
);
export const PracticeLibraryRoute = lazy(() =>
  import('@/features/practices/routes/practice-library-route').then((m) => ({
    default: m.PracticeLibraryRoute,
  })),
);
export const MeasureCreateRoute = lazy(() =>
  import('@/features/projects/routes/measure-create-route').then((m) => ({
    default: m.MeasureCreateRoute,
  })),
);
export const MeasureEditRoute = lazy(() =>
  import('@/features/projects/routes/measure-edit-route').then((m) => ({
    default: m.MeasureEditRoute,
  })),
);
export const ProjectCreateRoute = lazy(() =>
  import('@/features/projects/routes/project-create-route').then((m) => ({
    default: m.ProjectCreateRoute,
  })),
);
export const ProjectDetailRoute = lazy(() =>
  import('@/features/projects/routes/project-detail-route').then((m) => ({
    default: m.ProjectDetailRoute,
  })),
);
export const ProjectEditRoute = lazy(() =>
  import('@/features/projects/routes/project-edit-route').then((m) => ({
    default: m.ProjectEditRoute,
  })),
);
export const ProjectsListRoute = lazy(() =>
  import('@/features/projects/routes/projects-list-route').then((m) => ({
    default: m.ProjectsListRoute,
  })),
);
export const StrategyAnalysesSection = lazy(() =>
  import('@/features/stakeholder-analyses/components/strategy-analyses-section').then((m) => ({
    default: m.StrategyAnalysesSection,
  })),
);
export const AnalysisCreateRoute = lazy(() =>
  import('@/features/stakeholder-analyses/routes/analysis-create-route').then((m) => ({
    default: m.AnalysisCreateRoute,
  })),
);
export const AnalysisDetailRoute = lazy(() =>
  import('@/features/stakeholder-analyses/routes/analysis-detail-route').then((m) => ({
    default: m.AnalysisDetailRoute,
  })),
);
export const AnalysisEditRoute = lazy(() =>
  import('@/features/stakeholder-analyses/routes/analysis-edit-route').then((m) => ({
    default: m.AnalysisEditRoute,
  })),
);
export const StrategyAnalysesRoute = lazy(() =>
  import('@/features/stakeholder-analyses/routes/strategy-analyses-route').then((m) => ({
    default: m.StrategyAnalysesRoute,
  })),
);
export const StakeholderCreateRoute = lazy(() =>
  import('@/features/stakeholders/routes/stakeholder-create-route').then((m) => ({
    default: m.StakeholderCreateRoute,
  })),
);
export const StakeholderDetailRoute = lazy(() =>
  import('@/features/stakeholders/routes/stakeholder-detail-route').then((m) => ({
    default: m.StakeholderDetailRoute,
  })),
);
export const StakeholderEditRoute = lazy(() =>
  import('@/features/stakeholders/routes/stakeholder-edit-route').then((m) => ({
    default: m.StakeholderEditRoute,
  })),
);
export const StakeholderImportRoute = lazy(() =>
  import('@/features/stakeholders/routes/stakeholder-import-route').then((m) => ({
    default: m.StakeholderImportRoute,
  })),
);
export const StakeholdersListRoute = lazy(() =>
  import('@/features/stakeholders/routes/stakeholders-list-route').then((m) => ({
    default: m.StakeholdersListRoute,
  })),
);
export const StrategiesListRoute = lazy(() =>
  import('@/features/strategies/routes/strategies-list-route').then((m) => ({
    default: m.StrategiesListRoute,
  })),
);
export const StrategyCreateRoute = lazy(() =>
  import('@/features/strategies/routes/strategy-create-route').then((m) => ({
    default: m.StrategyCreateRoute,
  })),
);
export const StrategyDetailRoute = lazy(() =>
  import('@/features/strategies/routes/strategy-detail-route').then((m) => ({
    default: m.StrategyDetailRoute,
  })),
);
export const StrategyEditRoute = lazy(() =>
  import('@/features/strategies/routes/strategy-edit-route').then((m) => ({
    default: m.StrategyEditRoute,
  })),
);
export const StrategyOutlineSection = lazy(() =>
  import('@/features/strategy-outline/components/strategy-outline-section').then((m) => ({
    default: m.StrategyOutlineSection,
  })),
);
export const IndicatorDetailRoute = lazy(() =>
  import('@/features/strategy-outline/routes/indicator-detail-route').then((m) => ({
    default: m.IndicatorDetailRoute,
  })),
);
export const IndicatorCreateRoute = lazy(() =>
  import('@/features/strategy-outline/routes/indicator-form-routes').then((m) => ({
    default: m.IndicatorCreateRoute,
  })),
);
export const IndicatorEditRoute = lazy(() =>
  import('@/features/strategy-outline/routes/indicator-form-routes').then((m) => ({
    default: m.IndicatorEditRoute,
  })),
);
export const OutlineRoute = lazy(() =>
  import('@/features/strategy-outline/routes/outline-route').then((m) => ({
    default: m.OutlineRoute,
  })),
);
export const WorkshopCreateRoute = lazy(() =>
  import('@/features/workshops/routes/workshop-create-route').then((m) => ({
    default: m.WorkshopCreateRoute,
  })),
);
export const WorkshopDetailRoute = lazy(() =>
  import('@/features/workshops/routes/workshop-detail-route').then((m) => ({
    default: m.WorkshopDetailRoute,
  })),
);
export const WorkshopEditRoute = lazy(() =>
  import('@/features/workshops/routes/workshop-edit-route').then((m) => ({
    default: m.WorkshopEditRoute,
  })),
);
export const WorkshopPrintRoute = lazy(() =>
  import('@/features/workshops/routes/workshop-print-route').then((m) => ({
    default: m.WorkshopPrintRoute,
  })),
);
export const WorkshopsListRoute = lazy(() =>
  import('@/features/workshops/routes/workshops-list-route').then((m) => ({
    default: m.WorkshopsListRoute,
  })),
);
