import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';

/** Built-in fields of action in the current language, organisations' own by name. */
export function useFieldOfActionLabel() {
  return useFieldsOfAction().label;
}
