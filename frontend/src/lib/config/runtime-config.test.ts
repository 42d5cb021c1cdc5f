import { describe, expect, it } from 'vitest';

import { json, stubApi } from '@/testing/fetch-stub';

import { loadRuntimeConfig } from './runtime-config';

const config = {
  apiBaseUrl: 'http://localhost:8080',
  keycloakUrl: 'http://localhost:8180',
  realm: 'circular-city',
  clientId: 'cch-spa',
};

describe('loadRuntimeConfig', () => {
  it('readsConfigJson', async () => {
    stubApi({ 'GET /config.json': () => json(config) });

    await expect(loadRuntimeConfig()).resolves.toEqual(config);
  });

  it('rejectsAConfigWithoutTheKeycloakUrl', async () => {
    stubApi({ 'GET /config.json': () => json({ ...config, keycloakUrl: undefined }) });

    await expect(loadRuntimeConfig()).rejects.toThrow(/keycloakUrl/);
  });

  it('rejectsAMissingConfig', async () => {
    stubApi({});

    await expect(loadRuntimeConfig()).rejects.toThrow('HTTP 404');
  });
});
