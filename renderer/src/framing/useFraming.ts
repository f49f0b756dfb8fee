import { useCallback, useMemo } from 'react';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { useApi } from '../api/useApi.ts';
import { useApiEvent } from '../api/useApiEvent.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';

const noCues: FramingCue[] = [];

/**
 * Framing cues of up to six articles in one call, grouped by article, refetched when the library
 * or a lexicon changes. An empty list of ids asks nothing. Highlights are an aid, not the text: a failure leaves
 * the text unhighlighted and is reported through `error`.
 */
export function useFraming(articleIds: readonly string[]) {
  const api = useApi();
  const key = articleIds.join(',');
  const load = useCallback(
    () =>
      key === ''
        ? Promise.resolve(noCues)
        : api.call('framing.analyze', { articleIds: key.split(',').slice(0, 6) }),
    [api, key],
  );
  const { data, error, isLoading, reload } = useAsync(load);
  useLibraryChanged(reload);
  // A lexicon edit changes the highlights: fetch them again at once.
  useApiEvent('lexicons.changed', reload);
  const byArticle = useMemo(() => {
    const grouped = new Map<string, FramingCue[]>();
    for (const cue of data ?? noCues) {
      const list = grouped.get(cue.article);
      if (list) list.push(cue);
      else grouped.set(cue.article, [cue]);
    }
    return grouped;
  }, [data]);
  return { cues: data ?? noCues, byArticle, error, isLoading };
}
