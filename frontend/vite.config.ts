import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests format timestamps; pin the zone so that they read the same on every machine.
if (process.env.VITEST) {
  process.env.TZ = 'UTC';
}

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    // The API client package is linked from ../clients/typescript and served from its sources.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../clients/typescript'] },
  },
  preview: {
    port: 4490,
    strictPort: true,
  },
  build: {
    sourcemap: true,
    // scripts/initial-js-size.mjs reads the manifest to weigh what the first page load fetches.
    manifest: true,
    rolldownOptions: {
      output: {
        // React changes less often than the app: a separate chunk stays cached across releases. Other libraries
        // go with the pages that use them (routes load lazily), so that the first load does not fetch them all.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    // Form tests type a lot through user-event; on a busy two-core machine a few need more than 5 s.
    testTimeout: 20_000,
  },
});
