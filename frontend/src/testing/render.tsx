import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';

import { ApiContext } from '@/lib/api/api-context';
import { createApiClient } from '@/lib/api/client';
import { AuthContext } from '@/lib/auth/auth-context';
import type { AuthSession } from '@/lib/auth/auth-session';
import { i18n } from '@/lib/i18n/i18n';

import { API_BASE_URL } from './fixtures';

export function fakeAuth(token = 'test-access-token'): AuthSession {
  return {
    getToken: vi.fn(() => Promise.resolve(token)),
    login: vi.fn(),
    logout: vi.fn(),
  };
}

interface RenderRoutesOptions {
  initialEntry?: string;
  auth?: AuthSession;
}

/** Renders routes with the real providers and API client; only fetch is stubbed. */
export function renderRoutes(routes: RouteObject[], options: RenderRoutesOptions = {}) {
  const auth = options.auth ?? fakeAuth();
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const api = createApiClient({
    baseUrl: API_BASE_URL,
    getToken: auth.getToken,
    getLanguage: () => i18n.language,
  });
  const router = createMemoryRouter(routes, { initialEntries: [options.initialEntry ?? '/'] });
  const user = userEvent.setup();
  const result = render(
    <AuthContext value={auth}>
      <ApiContext value={api}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiContext>
    </AuthContext>,
  );
  return { ...result, user, router, auth, queryClient };
}
