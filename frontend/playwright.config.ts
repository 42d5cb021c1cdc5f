import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the real stack that scripts/test.sh starts: Keycloak (8480),
 * the production backend jar (8490) and the built SPA served by `vite preview` (4490).
 * They drive Debian's Chromium: a browser download by Playwright cannot work on these machines.
 */
const appUrl = process.env.CCH_E2E_APP_URL ?? 'http://localhost:4490';
const chromiumPath = process.env.CCH_CHROMIUM_PATH ?? '/usr/bin/chromium';
const isCi = process.env.CI === 'true';

export default defineConfig({
  testDir: './e2e',
  // The scenarios share one Keycloak and one database: run them one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCi,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: isCi ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: appUrl,
    locale: 'de-DE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          // Root needs --no-sandbox; the rest keeps Chromium from calling home on a closed network.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
