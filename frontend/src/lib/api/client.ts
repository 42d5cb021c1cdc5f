import { createHubClient, type HubClient } from '@circular-city-hub/client';

export type ApiClient = HubClient;

export interface ApiClientOptions {
  baseUrl: string;
  /** Returns a fresh access token; refreshes it first when it is about to expire. */
  getToken: () => Promise<string>;
  /** The UI language, sent as Accept-Language so that problem texts can follow it. */
  getLanguage?: () => string;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  // 401s are not answered with a new login: with a token that the API keeps rejecting (say, a
  // realm without the audience mapper) that would loop. Expiry is handled by getToken().
  return createHubClient({
    baseUrl: options.baseUrl,
    token: options.getToken,
    ...(options.getLanguage ? { language: options.getLanguage } : {}),
  });
}
