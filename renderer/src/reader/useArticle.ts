import { useCallback } from 'react';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';

/** One article with its body and source lines, refetched when the library changes. */
export function useArticle(id: string) {
  const api = useApi();
  const state = useAsync(useCallback(() => api.call('articles.get', { id }), [api, id]));
  const { reload } = state;
  useLibraryChanged(reload);
  // While another article loads, do not keep showing the previous one.
  const data = state.data?.article.id === id ? state.data : undefined;
  return { ...state, data };
}
