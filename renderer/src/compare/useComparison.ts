import { useCallback, useMemo } from 'react';
import { buildRows } from '../../../shared/compare/compare-rows.ts';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';

/**
 * The alignment of `columns` around `pivot`, laid out in column order. Moving a column does not
 * realign (the alignment does not depend on column order); changing the pivot or the set does.
 */
export function useComparison(columns: readonly string[], pivot: string | null) {
  const api = useApi();
  const setKey = [...columns].sort().join('\n');
  const load = useCallback(
    () =>
      api.call('compare.align', {
        articleIds: setKey.split('\n'),
        pivot: pivot ?? undefined,
      }),
    [api, setKey, pivot],
  );
  const state = useAsync(load);
  const { reload } = state;
  useLibraryChanged(reload);
  const comparison = state.data;
  const rows = useMemo(
    () => (comparison ? buildRows(comparison, columns) : []),
    [comparison, columns],
  );
  return { ...state, comparison, rows };
}

/** The outlet registry, for column headers; none (all "unknown outlet") if it cannot be read. */
export function useOutlets() {
  const api = useApi();
  const { data } = useAsync(useCallback(() => api.call('outlets.list', {}), [api]));
  return data ?? [];
}
