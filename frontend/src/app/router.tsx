import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

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
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/** Created after login, so that the router starts at the deep link restored from before it. */
export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
