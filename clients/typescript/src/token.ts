import type { TokenProvider } from './client';

export interface ClientCredentialsOptions {
  /** The OpenID Connect token endpoint, e.g. `<keycloak>/realms/circular-city/protocol/openid-connect/token`. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Renew this many seconds before the token expires (default 30). */
  refreshBeforeSeconds?: number;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
}

interface TokenResponse {
  access_token?: unknown;
  expires_in?: unknown;
}

/**
 * A token provider for a sync script: OAuth 2.0 client credentials, the token kept until shortly
 * before it expires; concurrent callers share one token request.
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenProvider {
  const now = options.now ?? Date.now;
  const refreshBefore = (options.refreshBeforeSeconds ?? 30) * 1000;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const response = await doFetch(options.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
      }),
    });
    if (!response.ok) {
      throw new Error(
        `token request for ${options.clientId} failed: ${String(response.status)} ${await response.text()}`,
      );
    }
    const body = (await response.json()) as TokenResponse;
    if (typeof body.access_token !== 'string') {
      throw new Error('token response without access_token');
    }
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 60_000;
    cached = { token: body.access_token, expiresAt: now() + lifetime };
    return body.access_token;
  }

  return () => {
    if (cached && now() < cached.expiresAt - refreshBefore) {
      return Promise.resolve(cached.token);
    }
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
