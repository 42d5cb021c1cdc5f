import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ApiContext } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { AuthContext } from '@/lib/auth/auth-context';
import type { AuthSession } from '@/lib/auth/auth-session';

interface AppProviderProps {
  api: ApiClient;
  auth: AuthSession;
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProvider({ api, auth, queryClient, children }: AppProviderProps) {
  return (
    <AuthContext value={auth}>
      <ApiContext value={api}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ApiContext>
    </AuthContext>
  );
}
