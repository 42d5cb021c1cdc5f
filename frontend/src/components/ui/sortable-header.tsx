import type { SortState } from './sort';

interface SortableHeaderProps<Column extends string> {
  column: Column;
  label: string;
  sort: SortState<Column>;
  onSort: (column: Column) => void;
}

/**
 * A column header whose button sorts the table. The sorted column carries aria-sort, which screen
 * readers announce with the header; the arrow is decoration.
 */
export function SortableHeader<Column extends string>({
  column,
  label,
  sort,
  onSort,
}: SortableHeaderProps<Column>) {
  const active = sort.column === column;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined}>
      <button
        type="button"
        className={active ? 'sort-button sort-button--active' : 'sort-button'}
        onClick={() => {
          onSort(column);
        }}
      >
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}
