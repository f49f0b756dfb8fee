import { useCallback, useMemo, useState } from 'react';
import { useDebouncedValue } from '../ui/useDebouncedValue.ts';
import {
  defaultSort,
  emptyFilters,
  nextSort,
  toListQuery,
  type LibraryFilters,
  type SortField,
} from './library-query.ts';

/** Typing in the title filter waits this long before querying, so each keystroke is not a call. */
const textDebounceMs = 250;

/** Filters set from outside the library (the command palette's "outlet"), each a new object. */
export type FilterRequest = Partial<LibraryFilters>;

/**
 * Filters and sort of the library table, and the `articles.list` query they make. A new
 * `request` replaces the filters once; the user can change them afterwards as usual.
 */
export function useLibraryState(request: FilterRequest | null = null) {
  const [filters, setFilters] = useState<LibraryFilters>(emptyFilters);
  const [appliedRequest, setAppliedRequest] = useState(request);
  if (request !== appliedRequest) {
    setAppliedRequest(request);
    if (request) setFilters({ ...emptyFilters, ...request });
  }
  const [sort, setSort] = useState(defaultSort);
  const debouncedText = useDebouncedValue(filters.text, textDebounceMs);

  const { outlets, language, publishedFrom, publishedTo } = filters;
  const query = useMemo(
    () => toListQuery({ text: debouncedText, outlets, language, publishedFrom, publishedTo }, sort),
    [debouncedText, outlets, language, publishedFrom, publishedTo, sort],
  );
  const handleSort = useCallback(
    (field: SortField) => setSort((current) => nextSort(current, field)),
    [],
  );
  const clearFilters = useCallback(() => setFilters(emptyFilters), []);

  return { filters, setFilters, sort, handleSort, query, clearFilters };
}
