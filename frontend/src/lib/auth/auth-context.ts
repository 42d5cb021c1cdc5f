import { createContext, useContext } from 'react';

import type { AuthSession } from './auth-session';

export const AuthContext = createContext<AuthSession | null>(null);

export function useAuth(): AuthSession {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth must be used inside AuthContext');
  }
  return auth;
}
