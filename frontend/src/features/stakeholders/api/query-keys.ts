import type { Sector } from '@/lib/api/types';

export interface StakeholderFilters {
  sector?: Sector | undefined;
  /** A field-of-action code, built in or an organisation's own. */
  fieldOfAction?: string | undefined;
  q?: string | undefined;
}

export const stakeholderKeys = {
  all: ['stakeholders'] as const,
  lists: () => [...stakeholderKeys.all, 'list'] as const,
  list: (filters: StakeholderFilters) => [...stakeholderKeys.lists(), filters] as const,
  detail: (id: string) => [...stakeholderKeys.all, 'detail', id] as const,
  contacts: (id: string) => [...stakeholderKeys.all, 'contacts', id] as const,
};
