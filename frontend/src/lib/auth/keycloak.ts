import Keycloak from 'keycloak-js';

import type { RuntimeConfig } from '@/lib/config/runtime-config';

import type { AuthSession } from './auth-session';
import { rememberDeepLink, restoreDeepLink } from './deep-link';

/** Refresh the access token when it has less than this many seconds left. */
const MIN_VALIDITY_SECONDS = 30;

/**
 * Logs the user in with keycloak-js (Authorization Code + PKCE S256). Tokens stay in memory only:
 * a reload means a new (usually silent, SSO-cookie based) round trip to Keycloak.
 * Resolves once authenticated; otherwise the browser is on its way to the login page.
 */
export async function startKeycloakSession(config: RuntimeConfig): Promise<AuthSession> {
  const keycloak = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  // The realm registers exact redirect URIs: the origin followed by a slash.
  const redirectUri = `${window.location.origin}/`;
  const login = () => {
    rememberDeepLink();
    void keycloak.login({ redirectUri });
  };

  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_VALIDITY_SECONDS).catch(login);
  };

  rememberDeepLink();
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    redirectUri,
    checkLoginIframe: false,
  });
  if (!authenticated) {
    login();
    // The browser navigates away; keep start-up waiting until it does.
    return new Promise<AuthSession>(() => undefined);
  }
  restoreDeepLink();

  return {
    async getToken() {
      try {
        await keycloak.updateToken(MIN_VALIDITY_SECONDS);
      } catch {
        login();
        throw new Error('The session has ended; redirecting to the login page.');
      }
      if (!keycloak.token) {
        throw new Error('No access token available.');
      }
      return keycloak.token;
    },
    login,
    logout() {
      void keycloak.logout({ redirectUri });
    },
  };
}
