import { describe, expect, it, vi } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { API_BASE_URL, meWith } from '@/testing/fixtures';

import { createApiClient } from './client';
import { ApiError, unwrap } from './errors';

describe('createApiClient', () => {
  it('sendsTheBearerTokenAndLanguageWithEveryRequest', async () => {
    const api = stubApi({ 'GET /api/v1/me': () => json(meWith()) });
    const getToken = vi.fn().mockResolvedValueOnce('token-1').mockResolvedValueOnce('token-2');
    const client = createApiClient({ baseUrl: API_BASE_URL, getToken, getLanguage: () => 'da' });

    await client.GET('/api/v1/me');
    await client.GET('/api/v1/me');

    // A fresh token per call: getToken refreshes it when it is about to expire.
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(api.requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
    expect(api.requests[0]?.headers.get('Accept-Language')).toBe('da');
    expect(api.requests[0]?.url.href).toBe(`${API_BASE_URL}/api/v1/me`);
  });

  it('sendsNoRequestWhenNoTokenCanBeHad', async () => {
    const api = stubApi({ 'GET /api/v1/me': () => json(meWith()) });
    const client = createApiClient({
      baseUrl: API_BASE_URL,
      getToken: () => Promise.reject(new Error('session ended')),
    });

    await expect(client.GET('/api/v1/me')).rejects.toThrow('session ended');
    expect(api.requests).toEqual([]);
  });

  it('turnsProblemAnswersIntoApiErrors', async () => {
    stubApi({
      'GET /api/v1/me': () =>
        problem(403, { type: 'about:blank', title: 'Forbidden', detail: 'No access.' }),
    });
    const client = createApiClient({ baseUrl: API_BASE_URL, getToken: () => Promise.resolve('t') });

    const error: unknown = await unwrap(client.GET('/api/v1/me')).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 403,
      message: 'No access.',
      problem: { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'No access.' },
    });
  });
});
