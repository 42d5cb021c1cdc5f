import { describe, expect, it } from 'vitest';

import { rememberDeepLink, restoreDeepLink } from './deep-link';

function locationOf(url: string): Location {
  const parsed = new URL(url);
  return { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash } as Location;
}

describe('deep links across the login round trip', () => {
  it('returnsToThePageAskedForBeforeLogin', () => {
    rememberDeepLink(locationOf('http://localhost:4490/strategies/42?tab=x'));
    window.history.replaceState(null, '', '/');

    restoreDeepLink();

    expect(window.location.pathname).toBe('/strategies/42');
    expect(window.location.search).toBe('?tab=x');
    expect(sessionStorage.length).toBe(0);
  });

  it('keepsTheRememberedPageWhenTheLoginCallbackArrives', () => {
    rememberDeepLink(locationOf('http://localhost:4490/strategies/new'));
    rememberDeepLink(locationOf('http://localhost:4490/#state=abc&session_state=s&code=xyz'));
    window.history.replaceState(null, '', '/');

    restoreDeepLink();

    expect(window.location.pathname).toBe('/strategies/new');
  });

  it('neverLeavesTheOrigin', () => {
    sessionStorage.setItem('cch.returnTo', '//evil.example/phish');
    window.history.replaceState(null, '', '/');

    restoreDeepLink();

    expect(window.location.href).toBe(`${window.location.origin}/`);
  });
});
