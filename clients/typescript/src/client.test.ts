import { describe, expect, it, vi } from 'vitest';

import { createHubClient } from './client';
import { json } from './test-support';
import { clientCredentials } from './token';

describe('createHubClient', () => {
  it('asksTheTokenProviderBeforeEveryRequest', async () => {
    const seen: Request[] = [];
    const token = vi.fn().mockResolvedValueOnce('t1').mockResolvedValueOnce('t2');
    const client = createHubClient({
      baseUrl: 'https://hub.test',
      token,
      language: () => 'da',
      fetch: (request) => {
        seen.push(request);
        return Promise.resolve(json({ organizations: [] }));
      },
    });
    await client.GET('/api/v1/me');
    await client.GET('/api/v1/me');
    expect(seen.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
    expect(seen[0]?.headers.get('Accept-Language')).toBe('da');
    expect(seen[0]?.url).toBe('https://hub.test/api/v1/me');
  });
});

describe('clientCredentials', () => {
  const tokenUrl = 'https://sso.test/realms/r/protocol/openid-connect/token';

  it('postsTheClientCredentialsAndKeepsTheTokenUntilShortlyBeforeItExpires', async () => {
    let now = 1_000_000;
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(json({ access_token: 'a', expires_in: 300 }))
      .mockResolvedValueOnce(json({ access_token: 'b', expires_in: 300 }));
    const token = clientCredentials({
      tokenUrl,
      clientId: 'sync',
      clientSecret: 's3cret',
      fetch,
      now: () => now,
    });

    const [first, concurrent] = await Promise.all([token(), token()]);
    expect([first, concurrent]).toEqual(['a', 'a']);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe(tokenUrl);
    expect(String(init?.body)).toBe(
      'grant_type=client_credentials&client_id=sync&client_secret=s3cret',
    );

    now += 269_000;
    expect(await token()).toBe('a');
    now += 2_000; // within 30 s of expiry
    expect(await token()).toBe('b');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('failsWithKeycloaksAnswerWhenTheCredentialsAreRefused', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValue(new Response('{"error":"unauthorized_client"}', { status: 401 }));
    const token = clientCredentials({ tokenUrl, clientId: 'sync', clientSecret: 'x', fetch });
    await expect(token()).rejects.toThrow('401 {"error":"unauthorized_client"}');
  });
});
