import { useCallback } from 'react';
import type { StoryFramingSummary } from '../../../../shared/api/framing-report-methods.ts';
import { useApi } from '../../api/useApi.ts';
import { useApiEvent } from '../../api/useApiEvent.ts';
import { useLibraryChanged } from '../../api/useLibraryChanged.ts';
import { useAsync } from '../../ui/useAsync.ts';

/**
 * The framing summary of the compare view's columns, in column order, computed again when the
 * library or a lexicon entry changes (the figures come from the lexicons in force).
 */
export function useFramingSummary(articleIds: readonly string[]) {
  const api = useApi();
  const key = articleIds.join('\n');
  const load = useCallback(
    (): Promise<StoryFramingSummary> =>
      api.call('framing.summarize', { articleIds: key.split('\n').slice(0, 6) }),
    [api, key],
  );
  const state = useAsync(load);
  useLibraryChanged(state.reload);
  useApiEvent('lexicons.changed', () => state.reload());
  return state;
}
