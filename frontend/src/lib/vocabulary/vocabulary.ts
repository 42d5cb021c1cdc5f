import { useTranslation } from 'react-i18next';

import type { Sector, Visibility } from '@/lib/api/types';

// Shared domain vocabulary: stakeholders, analyses and (later) workshops and projects all speak of
// sectors and fields of action. A Record keyed by the generated union fails to compile when the
// API adds or drops a value.
const sectorSet: Record<Sector, true> = {
  BUSINESS: true,
  CHAMBER: true,
  ASSOCIATION: true,
  ADMINISTRATION: true,
  UNIVERSITY_RESEARCH: true,
  CIVIL_SOCIETY: true,
  POLITICS: true,
  UTILITY: true,
  FINANCE: true,
};
export const sectors = Object.keys(sectorSet) as Sector[];

/**
 * The built-in fields of action, in their fixed order. Organisations add their own (see
 * ./fields-of-action); the API takes any code of the form {@link fieldOfActionCodePattern}.
 */
export const fieldsOfAction = [
  'CONSTRUCTION_BUILDINGS',
  'FOOD_NUTRITION',
  'PROCUREMENT',
  'WASTE_RESOURCES',
  'BUSINESS_DEVELOPMENT',
  'STRATEGY',
] as const;
export type BuiltInFieldOfAction = (typeof fieldsOfAction)[number];

/** The form of every field-of-action code, built in or custom (contract: FieldOfAction.code). */
export const fieldOfActionCodePattern = /^[A-Z][A-Z0-9_]{1,39}$/;

const visibilitySet: Record<Visibility, true> = { PRIVATE: true, NETWORK: true, PUBLIC: true };
export const visibilities = Object.keys(visibilitySet) as Visibility[];

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (sectors as string[]).includes(value);
}

export function isFieldOfAction(value: unknown): value is BuiltInFieldOfAction {
  return typeof value === 'string' && (fieldsOfAction as readonly string[]).includes(value);
}

/** Any well-formed code, such as one from a URL's filter; unknown codes simply match nothing. */
export function isFieldOfActionCode(value: unknown): value is string {
  return typeof value === 'string' && fieldOfActionCodePattern.test(value);
}

/** Labels of the shared vocabulary in the current language. */
export function useVocabulary() {
  const { t } = useTranslation();
  return {
    sectorLabel: (sector: Sector) => t(`sector.${sector}`),
    visibilityLabel: (visibility: Visibility) => t(`visibility.${visibility}`),
  };
}
