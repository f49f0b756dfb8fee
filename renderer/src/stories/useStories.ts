import { useCallback, useState } from 'react';
import type { Input, Method } from '../../../shared/api/contract.ts';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';
import type { Granularity } from './story-summary.ts';

type StoryMethod = Extract<
  Method,
  'stories.rename' | 'stories.moveArticle' | 'stories.merge' | 'stories.split'
>;

/**
 * The story list with its edits: every edit is one contract call, after which the list is
 * fetched again (the backend regroups, keeping the user's decisions).
 */
export function useStories() {
  const api = useApi();
  const list = useAsync(useCallback(() => api.call('stories.list', {}), [api]));
  const { reload } = list;
  useLibraryChanged(reload);
  const [actionError, setActionError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setIsBusy(true);
      try {
        await action();
        setActionError(null);
      } catch (error) {
        setActionError(error);
      } finally {
        setIsBusy(false);
        reload();
      }
    },
    [reload],
  );

  const edit = useCallback(
    <M extends StoryMethod>(method: M, input: Input<M>) => run(() => api.call(method, input)),
    [api, run],
  );
  const setGranularity = useCallback(
    (granularity: Granularity) => run(() => api.call('stories.setGranularity', { granularity })),
    [api, run],
  );

  return { list, edit, setGranularity, actionError, isBusy };
}
