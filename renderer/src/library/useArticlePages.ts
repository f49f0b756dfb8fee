import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ArticleQuery } from '../../../shared/api/schemas.ts';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { ArticlePageCache } from './article-page-cache.ts';

/** Waiting this long after the last scroll before fetching skips pages the user only flew past. */
const fetchDelayMs = 40;

export interface ArticlePages {
  cache: ArticlePageCache;
  /** Call with the rows on screen (plus overscan); fetches missing pages shortly after. */
  requestRange: (start: number, end: number) => void;
  retry: () => void;
}

/** Pages of the article list for `query`, which the caller memoises: a new object means a new query. */
export function useArticlePages(query: ArticleQuery): ArticlePages {
  const api = useApi();
  const createCache = useCallback(
    (previous: ArticlePageCache | null) =>
      new ArticlePageCache(
        (offset, limit) => api.call('articles.list', { ...query, offset, limit }),
        {
          previous,
        },
      ),
    [api, query],
  );
  const [state, setState] = useState(() => ({ createCache, cache: createCache(null) }));
  let cache = state.cache;
  if (state.createCache !== createCache) {
    // A new query replaces the cache during render (React's "adjust state on prop change").
    cache = createCache(state.cache);
    setState({ createCache, cache });
  }

  useSyncExternalStore(
    useCallback((listener) => cache.subscribe(listener), [cache]),
    () => cache.version,
  );

  const range = useRef({ start: 0, end: cache.pageSize - 1 });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    cache.ensureRange(range.current.start, range.current.end);
  }, [cache]);

  const requestRange = useCallback(
    (start: number, end: number) => {
      range.current = { start, end };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => cache.ensureRange(start, end), fetchDelayMs);
    },
    [cache],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const refresh = useCallback(() => {
    cache.invalidate();
    cache.ensureRange(range.current.start, range.current.end);
  }, [cache]);
  useLibraryChanged(refresh);

  const retry = useCallback(() => {
    cache.clearError();
    cache.ensureRange(range.current.start, range.current.end);
  }, [cache]);

  return { cache, requestRange, retry };
}
