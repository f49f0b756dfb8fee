import { columns } from './columns.ts';
import type { SortField, SortState } from './library-query.ts';

interface SortHeaderProps {
  sort: SortState;
  onSort: (field: SortField) => void;
}

/** Column headers; each is a button that sorts by its column, announcing the order via aria-sort. */
export function SortHeader({ sort, onSort }: SortHeaderProps) {
  return columns.map((column) => {
    const isSorted = sort.field === column.field;
    const ariaSort = isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    const className = `table__header${column.isNumeric ? ' table__cell--numeric' : ''}`;
    return (
      <div key={column.field} role="columnheader" aria-sort={ariaSort} className={className}>
        <button
          type="button"
          className={`sort-button${isSorted ? ' sort-button--active' : ''}`}
          onClick={() => onSort(column.field)}
          // The grid handles arrow keys; Tab still reaches every header.
          onKeyDown={(event) => event.stopPropagation()}
        >
          <span>{column.label}</span>
          <span className="sort-button__arrow" aria-hidden="true">
            {isSorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </div>
    );
  });
}
