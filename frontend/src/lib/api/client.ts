import createClient, { type Client, type Middleware } from 'openapi-fetch';

import type { paths } from './schema.gen';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  baseUrl: string;
  /** Returns a fresh access token; refreshes it first when it is about to expire. */
  getToken: () => Promise<string>;
  /** The UI language, sent as Accept-Language so that problem texts can follow it. */
  getLanguage?: () => string;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    // Resolved per call so that tests can replace fetch at the network edge.
    fetch: (request: Request) => globalThis.fetch(request),
  });

  // 401s are not answered with a new login: with a token that the API keeps rejecting (say, a
  // realm without the audience mapper) that would loop. Expiry is handled by getToken().
  const middleware: Middleware = {
    async onRequest({ request }) {
      const token = await options.getToken();
      request.headers.set('Authorization', `Bearer ${token}`);
      const language = options.getLanguage?.();
      if (language) {
        request.headers.set('Accept-Language', language);
      }
      return request;
    },
  };
  client.use(middleware);
  return client;
}
