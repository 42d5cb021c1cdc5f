import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import { MeasureCreateRoute } from '@/features/projects/routes/measure-create-route';
import { MeasureEditRoute } from '@/features/projects/routes/measure-edit-route';
import { ProjectCreateRoute } from '@/features/projects/routes/project-create-route';
import { ProjectDetailRoute } from '@/features/projects/routes/project-detail-route';
import { ProjectEditRoute } from '@/features/projects/routes/project-edit-route';
import { ProjectsListRoute } from '@/features/projects/routes/projects-list-route';
import { StrategiesListRoute } from '@/features/strategies/routes/strategies-list-route';
import { StrategyCreateRoute } from '@/features/strategies/routes/strategy-create-route';
import { StrategyDetailRoute } from '@/features/strategies/routes/strategy-detail-route';
import { StrategyEditRoute } from '@/features/strategies/routes/strategy-edit-route';

import { AppLayout } from './layout/app-layout';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/strategies" replace /> },
      { path: 'strategies', element: <StrategiesListRoute /> },
      { path: 'strategies/new', element: <StrategyCreateRoute /> },
      { path: 'strategies/:strategyId', element: <StrategyDetailRoute /> },
      { path: 'strategies/:strategyId/edit', element: <StrategyEditRoute /> },
      { path: 'projects', element: <ProjectsListRoute /> },
      { path: 'projects/new', element: <ProjectCreateRoute /> },
      { path: 'projects/:projectId', element: <ProjectDetailRoute /> },
      { path: 'projects/:projectId/edit', element: <ProjectEditRoute /> },
      { path: 'projects/:projectId/measures/new', element: <MeasureCreateRoute /> },
      { path: 'projects/:projectId/measures/:measureId/edit', element: <MeasureEditRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/** Created after login, so that the router starts at the deep link restored from before it. */
export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
