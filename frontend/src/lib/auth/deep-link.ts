const RETURN_TO_KEY = 'cch.returnTo';

/** The realm only accepts the exact redirect URI `<origin>/`, so the login callback always lands on `/`. */
function isLoginCallback(location: Location): boolean {
  return /(^#|[#&?])(code|state|error)=/.test(location.hash);
}

/** Remembers the page the user asked for, so that they get back to it after the login round trip. */
export function rememberDeepLink(
  location: Location = window.location,
  storage: Storage = sessionStorage,
) {
  if (isLoginCallback(location)) {
    return;
  }
  storage.setItem(RETURN_TO_KEY, `${location.pathname}${location.search}`);
}

/** Goes back to the remembered page (before the router starts) and forgets it. */
export function restoreDeepLink(
  history: History = window.history,
  storage: Storage = sessionStorage,
): void {
  const target = storage.getItem(RETURN_TO_KEY);
  storage.removeItem(RETURN_TO_KEY);
  // Only same-origin paths: never follow something like `//evil.example`.
  if (target?.startsWith('/') && !target.startsWith('//')) {
    history.replaceState(null, '', target);
  }
}
