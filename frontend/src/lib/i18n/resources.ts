import { da } from './languages/da';
import { de } from './languages/de';
import { en } from './languages/en';

export const supportedLanguages = ['de', 'en', 'da'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'de';

export const namespaces = [
  'common',
  'strategies',
  'stakeholders',
  'analyses',
  'outline',
  'projects',
  'dashboard',
  'workshops',
  'practices',
  'fieldsOfAction',
  'networks',
  'anchoring',
  'apiClients',
] as const;
export const defaultNamespace = 'common';

/** Every language's texts at once: for types and tests. The app loads one language at a time (i18n.ts). */
export const resources = { de, en, da } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}
