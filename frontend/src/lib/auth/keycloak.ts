import Keycloak from 'keycloak-js';

import type { RuntimeConfig } from '@/lib/config/runtime-config';

import type { AuthSession } from './auth-session';
import { rememberDeepLink, restoreDeepLink } from './deep-link';

/** Refresh the access token when it has less than this many seconds left. */
const MIN_VALIDITY_SECONDS = 30;
/** How long start-up waits for Keycloak to answer before saying that sign-in is unavailable. */
const PROBE_TIMEOUT_MS = 8000;

/** Keycloak cannot be reached (down, or the network to it): nobody can sign in right now. */
export class SignInUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The sign-in service cannot be reached.', { cause });
    this.name = 'SignInUnavailableError';
  }
}

/**
 * keycloak-js sends the browser to the login page without asking Keycloak anything first; with Keycloak down the
 * user would see the browser's own error page. So ask first: a request to the realm's discovery document, which
 * only has to arrive (an opaque answer is enough, no CORS needed).
 */
export async function probeSignIn(
  config: Pick<RuntimeConfig, 'keycloakUrl' | 'realm'>,
  timeoutMs: number = PROBE_TIMEOUT_MS,
): Promise<void> {
  const base = config.keycloakUrl.replace(/\/+$/, '');
  const url = `${base}/realms/${encodeURIComponent(config.realm)}/.well-known/openid-configuration`;
  try {
    await fetch(url, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new SignInUnavailableError(error);
  }
}

/**
 * Logs the user in with keycloak-js (Authorization Code + PKCE S256). Tokens stay in memory only:
 * a reload means a new (usually silent, SSO-cookie based) round trip to Keycloak.
 * Resolves once authenticated; otherwise the browser is on its way to the login page. Rejects with
 * {@link SignInUnavailableError} when Keycloak cannot be reached.
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
  await probeSignIn(config);
  let authenticated: boolean;
  try {
    authenticated = await keycloak.init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      redirectUri,
      checkLoginIframe: false,
    });
  } catch (error) {
    // Back from the login page, the code is exchanged for tokens: Keycloak may have gone down in between.
    throw new SignInUnavailableError(error);
  }
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
