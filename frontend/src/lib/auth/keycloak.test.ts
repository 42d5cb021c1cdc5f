import { beforeEach, describe, expect, it, vi } from 'vitest';

import { probeSignIn, SignInUnavailableError, startKeycloakSession } from './keycloak';

const init = vi.fn();
const login = vi.fn();

// keycloak-js is the edge to the sign-in service; it is stood in for, fetch is stubbed.
vi.mock('keycloak-js', () => ({
  default: class {
    init = init;
    login = login;
  },
}));

const config = {
  apiBaseUrl: 'https://api.example/',
  keycloakUrl: 'https://login.example/',
  realm: 'circular city',
  clientId: 'spa',
};

describe('sign-in start-up', () => {
  beforeEach(() => {
    init.mockReset();
    login.mockReset();
  });

  it('asksTheRealmsDiscoveryDocumentBeforeSendingTheBrowserThere', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    await probeSignIn(config);
    expect(fetch).toHaveBeenCalledWith(
      'https://login.example/realms/circular%20city/.well-known/openid-configuration',
      expect.objectContaining({ mode: 'no-cors', cache: 'no-store' }),
    );
  });

  it('failsWithSignInUnavailableWhenKeycloakCannotBeReached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(startKeycloakSession(config)).rejects.toBeInstanceOf(SignInUnavailableError);
    // The browser is not sent to a login page that cannot load.
    expect(init).not.toHaveBeenCalled();
    expect(login).not.toHaveBeenCalled();
  });

  it('failsWithSignInUnavailableWhenTheProbeTimesOut', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, options: RequestInit) =>
          new Promise((_resolve, reject) => {
            options.signal?.addEventListener('abort', () => {
              reject(options.signal?.reason as Error);
            });
          }),
      ),
    );
    await expect(probeSignIn(config, 20)).rejects.toBeInstanceOf(SignInUnavailableError);
  });

  it('failsWithSignInUnavailableWhenKeycloakGoesDownDuringTheCodeExchange', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(null, { status: 200 }))),
    );
    init.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(startKeycloakSession(config)).rejects.toBeInstanceOf(SignInUnavailableError);
  });
});
