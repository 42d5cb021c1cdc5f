import { beforeEach, describe, expect, it } from 'vitest';

import { storedLanguage } from './i18n';

describe('language preference', () => {
  beforeEach(() => {
    // The test setup switched the UI to English, which stores that choice.
    localStorage.clear();
  });

  it('defaultsToGerman', () => {
    expect(storedLanguage()).toBe('de');
  });

  it('usesTheStoredChoice', () => {
    localStorage.setItem('cch.language', 'da');

    expect(storedLanguage()).toBe('da');
  });

  it('ignoresAnUnsupportedStoredValue', () => {
    localStorage.setItem('cch.language', 'fr');

    expect(storedLanguage()).toBe('de');
  });
});
