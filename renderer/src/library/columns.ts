import type { SortField } from './library-query.ts';

export interface Column {
  field: SortField;
  label: string;
  /** Numbers align right so digits line up. */
  isNumeric?: boolean;
}

/** Table columns, in order. "Words" sorts by body length, which orders the same way. */
export const columns: readonly Column[] = [
  { field: 'title', label: 'Title' },
  { field: 'outlet', label: 'Outlet' },
  { field: 'language', label: 'Language' },
  { field: 'published', label: 'Published' },
  { field: 'length', label: 'Words', isNumeric: true },
];
