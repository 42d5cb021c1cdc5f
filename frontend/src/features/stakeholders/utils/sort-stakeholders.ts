import type { SortState } from '@/components/ui/sort';
import type { Stakeholder } from '@/lib/api/types';

export type StakeholderSortColumn = 'name' | 'sector' | 'fieldsOfAction';

export const stakeholderSortColumns: readonly StakeholderSortColumn[] = [
  'name',
  'sector',
  'fieldsOfAction',
];

export function isStakeholderSortColumn(value: unknown): value is StakeholderSortColumn {
  return typeof value === 'string' && (stakeholderSortColumns as string[]).includes(value);
}

interface SortLabels {
  sector: (stakeholder: Stakeholder) => string;
  fieldsOfAction: (stakeholder: Stakeholder) => string;
}

/**
 * Sorts the loaded rows by what the user reads (translated labels), in the language's collation;
 * ties keep name order.
 */
export function sortStakeholders(
  stakeholders: readonly Stakeholder[],
  sort: SortState<StakeholderSortColumn>,
  labels: SortLabels,
  language: string,
): Stakeholder[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const key = (stakeholder: Stakeholder): string => {
    switch (sort.column) {
      case 'sector':
        return labels.sector(stakeholder);
      case 'fieldsOfAction':
        return labels.fieldsOfAction(stakeholder);
      default:
        return stakeholder.name;
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...stakeholders].sort(
    (a, b) => sign * collator.compare(key(a), key(b)) || collator.compare(a.name, b.name),
  );
}
