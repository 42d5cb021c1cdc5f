import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

import {
  defaultLanguage,
  defaultNamespace,
  isLanguage,
  namespaces,
  supportedLanguages,
  type Language,
} from './resources';

type Texts = Record<string, ResourceKey>;

// Each language is a chunk of its own, fetched when it is first needed: the first page load carries one language,
// not three. Every key exists in every language (locales.test.ts), so no fallback language has to load with it.
const loaders: Record<Language, () => Promise<Texts>> = {
  de: () => import('./languages/de').then((m) => m.de),
  en: () => import('./languages/en').then((m) => m.en),
  da: () => import('./languages/da').then((m) => m.da),
};
const loading = new Map<Language, Promise<Texts>>();

const languageChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`Unsupported language ${language}`), false);
      return;
    }
    let texts = loading.get(language);
    if (!texts) {
      texts = loaders[language]();
      loading.set(language, texts);
    }
    texts.then(
      (all) => {
        callback(null, all[namespace] ?? {});
      },
      (error: unknown) => {
        loading.delete(language);
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

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
    await i18n
      .use(languageChunks)
      .use(initReactI18next)
      .init({
        lng: language,
        fallbackLng: false,
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
