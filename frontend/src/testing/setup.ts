import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

import { i18n, initI18n } from '@/lib/i18n/i18n';

// Tests read in English unless they switch; the app itself defaults to German.
beforeEach(async () => {
  await initI18n('en');
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
