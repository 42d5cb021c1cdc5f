/** What the app needs from the login: a fresh token for API calls, and logging in or out again. */
export interface AuthSession {
  getToken: () => Promise<string>;
  login: () => void;
  logout: () => void;
}
