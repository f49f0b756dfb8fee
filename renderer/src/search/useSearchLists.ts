import { useCallback, useState } from 'react';
import type { SearchQueryInput } from '../../../shared/search/search-schemas.ts';
import { useApi } from '../api/useApi.ts';
import { useAsync } from '../ui/useAsync.ts';

/** Search history and saved searches, with the calls that change them. */
export function useSearchLists() {
  const api = useApi();
  const history = useAsync(useCallback(() => api.call('search.listHistory', {}), [api]));
  const saved = useAsync(useCallback(() => api.call('search.listSaved', {}), [api]));
  const [actionError, setActionError] = useState<unknown>(null);
  const { reload: reloadHistory } = history;
  const { reload: reloadSaved } = saved;

  const act = useCallback(async (action: () => Promise<unknown>, reload: () => void) => {
    try {
      await action();
      setActionError(null);
    } catch (error) {
      setActionError(error);
    } finally {
      reload();
    }
  }, []);

  const addHistory = useCallback(
    (text: string) => {
      if (!text.trim()) return;
      void act(() => api.call('search.addHistory', { text }), reloadHistory);
    },
    [act, api, reloadHistory],
  );
  const save = useCallback(
    (name: string, query: SearchQueryInput) =>
      act(
        // Ids only need to be unique among the user's saved searches; time plus a random tail is.
        () =>
          api.call('search.save', {
            id: `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
            name,
            query,
          }),
        reloadSaved,
      ),
    [act, api, reloadSaved],
  );
  const remove = useCallback(
    (id: string) => act(() => api.call('search.deleteSaved', { id }), reloadSaved),
    [act, api, reloadSaved],
  );

  return { history, saved, actionError, addHistory, save, remove };
}
