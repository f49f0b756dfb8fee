import { useCallback } from 'react';
import { useApi } from '../api/useApi.ts';
import { useAsync } from '../ui/useAsync.ts';

interface DuplicateOfProps {
  id: string;
  /** Title when the original came in with the same import; saves a lookup. */
  knownTitle: string | undefined;
  shouldLookUp: boolean;
  onOpen: (id: string) => void;
}

/** "duplicate of <title>", linking to the article already in the library. */
export function DuplicateOf({ id, knownTitle, shouldLookUp, onOpen }: DuplicateOfProps) {
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
      <button type="button" className="link-button link-button--inline" onClick={() => onOpen(id)}>
        {data ?? 'an article already in the library'}
      </button>
    </>
  );
}
