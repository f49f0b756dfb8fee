import { useCallback, useMemo, useState } from 'react';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';

/**
 * Stories for the story filter, fetched the first time the view is shown (grouping the library is
 * work the backend need not do at start-up for a view the user may never open).
 */
export function useStoryOptions(isShown: boolean) {
  const api = useApi();
  const [wasShown, setWasShown] = useState(isShown);
  if (isShown && !wasShown) setWasShown(true);
  const load = useCallback(
    () => (wasShown ? api.call('stories.list', {}) : Promise.resolve(null)),
    [api, wasShown],
  );
  const state = useAsync(load);
  const { reload } = state;
  useLibraryChanged(reload);
  return useMemo(
    () =>
      state.data?.stories.map((story) => ({
        id: story.id,
        title: story.title,
        size: story.articles.length,
        articleIds: story.articles.map((article) => article.id),
      })),
    [state.data],
  );
}
