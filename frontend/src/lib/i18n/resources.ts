import daCommon from '@/locales/da/common.json';
import daProjects from '@/locales/da/projects.json';
import daStrategies from '@/locales/da/strategies.json';
import deCommon from '@/locales/de/common.json';
import deProjects from '@/locales/de/projects.json';
import deStrategies from '@/locales/de/strategies.json';
import enCommon from '@/locales/en/common.json';
import enProjects from '@/locales/en/projects.json';
import enStrategies from '@/locales/en/strategies.json';

export const supportedLanguages = ['de', 'en', 'da'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'de';

export const namespaces = ['common', 'strategies', 'projects'] as const;
export const defaultNamespace = 'common';

export const resources = {
  de: { common: deCommon, strategies: deStrategies, projects: deProjects },
  en: { common: enCommon, strategies: enStrategies, projects: enProjects },
  da: { common: daCommon, strategies: daStrategies, projects: daProjects },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}
