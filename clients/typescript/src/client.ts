import createClient, { type Client, type Middleware } from 'openapi-fetch';

import type { paths } from './schema.gen';

/** A typed openapi-fetch client for every path of openapi.yaml. */
export type HubClient = Client<paths>;

/** Returns a valid access token; called before every request, so it may refresh. */
export type TokenProvider = () => Promise<string>;

export interface HubClientOptions {
  /** The API's origin, e.g. `https://hub.example.org` (paths start with /api/v1). */
  baseUrl: string;
  token: TokenProvider;
  /** Sent as Accept-Language so that problem texts follow it. */
  language?: () => string | undefined;
  /** Replaces fetch, e.g. in tests; defaults to the global fetch, looked up per call. */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * Middleware that sets `Authorization: Bearer <token>` (and Accept-Language) on every request.
 * A failing token provider fails the call before anything is sent. A 401 is not answered with
 * a new token: a token that the API keeps rejecting would loop.
 */
export function bearerAuth(token: TokenProvider, language?: () => string | undefined): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await token()}`);
      const lang = language?.();
      if (lang) {
        request.headers.set('Accept-Language', lang);
      }
      return request;
    },
  };
}

export function createHubClient(options: HubClientOptions): HubClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  client.use(bearerAuth(options.token, options.language));
  return client;
}
