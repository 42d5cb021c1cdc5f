import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import {
  defaultLanguage,
  defaultNamespace,
  isLanguage,
  namespaces,
  resources,
  supportedLanguages,
  type Language,
} from './resources';

// The chosen language is a preference, not a secret: localStorage is fine for it.
const LANGUAGE_KEY = 'cch.language';

export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyLanguage);
    await i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: supportedLanguages,
      ns: namespaces,
      defaultNS: defaultNamespace,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    applyLanguage(i18n.language);
  } else if (i18n.language !== language) {
    await i18n.changeLanguage(language);
  }
  return i18n;
}

export { i18n };
