import { useCallback, useMemo } from 'react';
import type { AnnotationRow } from '../../../shared/api/annotation-methods.ts';
import { useApi } from '../api/useApi.ts';
import { useApiEvent } from '../api/useApiEvent.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';

const noRows: AnnotationRow[] = [];

/**
 * The annotations of the articles on screen, grouped by article; refetched whenever one of them
 * changes (in this view or another) and when codes change (names and colours are drawn).
 */
export function useArticleAnnotations(articleIds: readonly string[]) {
  const api = useApi();
  const key = articleIds.join('\n');
  const state = useAsync(
    useCallback(
      () =>
        key
          ? api.call('annotations.list', { articleIds: key.split('\n') })
          : Promise.resolve(noRows),
      [api, key],
    ),
  );
  const { reload } = state;
  useApiEvent('annotations.changed', ({ articleIds: changed }) => {
    if (changed.length === 0 || changed.some((id) => articleIds.includes(id))) reload();
  });
  useApiEvent('codebooks.changed', reload);
  // An edited or re-imported text re-anchors its annotations.
  useLibraryChanged(reload);
  const rows = state.data ?? noRows;
  const byArticle = useMemo(() => {
    const map = new Map<string, AnnotationRow[]>();
    for (const row of rows) {
      const list = map.get(row.articleId) ?? [];
      list.push(row);
      map.set(row.articleId, list);
    }
    return map;
  }, [rows]);
  return { ...state, rows, byArticle };
}
