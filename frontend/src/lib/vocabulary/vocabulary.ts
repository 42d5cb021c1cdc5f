import { useTranslation } from 'react-i18next';

import type { FieldOfAction, Sector, Visibility } from '@/lib/api/types';

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

const fieldOfActionSet: Record<FieldOfAction, true> = {
  CONSTRUCTION_BUILDINGS: true,
  FOOD_NUTRITION: true,
  PROCUREMENT: true,
  WASTE_RESOURCES: true,
  BUSINESS_DEVELOPMENT: true,
  STRATEGY: true,
};
export const fieldsOfAction = Object.keys(fieldOfActionSet) as FieldOfAction[];

const visibilitySet: Record<Visibility, true> = { PRIVATE: true, NETWORK: true, PUBLIC: true };
export const visibilities = Object.keys(visibilitySet) as Visibility[];

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (sectors as string[]).includes(value);
}

export function isFieldOfAction(value: unknown): value is FieldOfAction {
  return typeof value === 'string' && (fieldsOfAction as string[]).includes(value);
}

/** Labels of the shared vocabulary in the current language. */
export function useVocabulary() {
  const { t } = useTranslation();
  return {
    sectorLabel: (sector: Sector) => t(`sector.${sector}`),
    /** Codes the app does not know (custom fields of action) are shown as they are. */
    fieldOfActionLabel: (code: string) =>
      isFieldOfAction(code) ? t(`fieldOfAction.${code}`) : code,
    visibilityLabel: (visibility: Visibility) => t(`visibility.${visibility}`),
  };
}
