import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { FieldOfAction } from '@/lib/api/types';

import { fieldsOfAction, isFieldOfAction } from './vocabulary';

export const fieldsOfActionQueryKey = ['fields-of-action'] as const;

/** Every field of action the caller may read, loaded once and shared by every screen. */
export function fieldsOfActionQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: fieldsOfActionQueryKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/fields-of-action'))).data.items,
    staleTime: 10 * 60 * 1000,
  });
}

export interface FieldOfActionOption {
  value: string;
  label: string;
}

/**
 * Fields of action as choices and labels: the built-ins in the current language (available even
 * before the list has loaded), then organisations' own fields by name. Unknown codes are shown as
 * they are.
 */
export function useFieldsOfAction() {
  const api = useApi();
  const { t } = useTranslation('common');
  const query = useQuery(fieldsOfActionQueryOptions(api));
  const custom: FieldOfAction[] = (query.data ?? []).filter((field) => !field.builtIn);

  const builtInOptions: FieldOfActionOption[] = fieldsOfAction.map((code) => ({
    value: code,
    label: t(`fieldOfAction.${code}`),
  }));

  /** The label of any code: built-ins translated, custom ones by name, unknown ones as they are. */
  const label = (code: string): string => {
    if (isFieldOfAction(code)) {
      return t(`fieldOfAction.${code}`);
    }
    return custom.find((field) => field.code === code)?.name ?? code;
  };

  /**
   * The choices for a record of the organisation: the built-ins and that organisation's own
   * fields. Without an organisation (a filter across organisations), every custom field the
   * caller reads, each code once. Codes already `selected` but not among them (the list is still
   * loading, or the record came from another organisation) stay offered, so that a form shows
   * and keeps them and the user can untick them.
   */
  const options = (
    organizationId?: string,
    selected: readonly string[] = [],
  ): FieldOfActionOption[] => {
    const seen = new Set<string>(fieldsOfAction);
    const own = custom
      .filter((field) => organizationId === undefined || field.organizationId === organizationId)
      .filter((field) => {
        if (seen.has(field.code)) return false;
        seen.add(field.code);
        return true;
      })
      .map((field) => ({ value: field.code, label: field.name ?? field.code }));
    const kept = selected
      .filter((code) => !seen.has(code))
      .map((code) => ({ value: code, label: label(code) }));
    return [...builtInOptions, ...own, ...kept];
  };

  return { ...query, custom, options, label };
}
