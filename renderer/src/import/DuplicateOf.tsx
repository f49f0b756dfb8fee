import { useCallback } from 'react';
import { useApi } from '../api/useApi.ts';
import { useAsync } from '../ui/useAsync.ts';
import { routeHash } from '../app/route.ts';

interface DuplicateOfProps {
  id: string;
  /** Title when the original came in with the same import; saves a lookup. */
  knownTitle: string | undefined;
  shouldLookUp: boolean;
}

/** "duplicate of <title>", linking to the article already in the library. */
export function DuplicateOf({ id, knownTitle, shouldLookUp }: DuplicateOfProps) {
  const api = useApi();
  const lookUpTitle = useCallback(async () => {
    if (knownTitle || !shouldLookUp) return knownTitle;
    const detail = await api.call('articles.get', { id });
    return detail.article.title;
  }, [api, id, knownTitle, shouldLookUp]);
  const { data } = useAsync(lookUpTitle);
  return (
    <>
      duplicate of{' '}
      {/* A real link: it wraps like text and can be opened from the keyboard like any link. */}
      <a className="text-link" href={routeHash({ view: 'article', articleId: id })}>
        {data ?? 'an article already in the library'}
      </a>
    </>
  );
}
