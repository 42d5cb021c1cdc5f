import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';

import type { ApiClient } from '@/lib/api/client';
import type { AuthSession } from '@/lib/auth/auth-session';

import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

interface AppProps {
  api: ApiClient;
  auth: AuthSession;
}

export function App({ api, auth }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <AppProvider api={api} auth={auth} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
