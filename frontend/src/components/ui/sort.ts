export type SortDirection = 'ascending' | 'descending';

export interface SortState<Column extends string> {
  column: Column;
  direction: SortDirection;
}

/** Clicking the sorted column reverses it; another column starts ascending. */
export function nextSort<Column extends string>(
  current: SortState<Column>,
  column: Column,
): SortState<Column> {
  if (current.column === column) {
    return {
      column,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }
  return { column, direction: 'ascending' };
}
