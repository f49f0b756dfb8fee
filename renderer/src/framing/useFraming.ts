import { useCallback, useMemo, useState } from 'react';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { useApi } from '../api/useApi.ts';
import { useApiEvent } from '../api/useApiEvent.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';

const noCues: FramingCue[] = [];
const noKeys: ReadonlySet<string> = new Set();
const entryKey = (language: string, kind: string, id: string) => `${language}/${kind}/${id}`;

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
  // A lexicon edit changes the highlights: fetch them again at once. A disabled entry's cues go
  // before the answer comes (they are known), until the next answer replaces these cues.
  const [dropped, setDropped] = useState<{ from: unknown; keys: ReadonlySet<string> }>({
    from: null,
    keys: new Set(),
  });
  useApiEvent('lexicons.changed', ({ language, kind, id, enabled }) => {
    if (enabled === false && id !== null) {
      setDropped((current) => ({
        from: data,
        keys: new Set([
          ...(current.from === data ? current.keys : []),
          entryKey(language, kind, id),
        ]),
      }));
    }
    reload();
  });
  const droppedKeys = dropped.from === data ? dropped.keys : noKeys;
  const shown = useMemo(
    () =>
      droppedKeys.size === 0
        ? (data ?? noCues)
        : (data ?? noCues).filter(
            (cue) =>
              !cue.entryId ||
              !droppedKeys.has(entryKey(cue.language ?? '', cue.lexiconKind ?? '', cue.entryId)),
          ),
    [data, droppedKeys],
  );
  const byArticle = useMemo(() => {
    const grouped = new Map<string, FramingCue[]>();
    for (const cue of shown) {
      const list = grouped.get(cue.article);
      if (list) list.push(cue);
      else grouped.set(cue.article, [cue]);
    }
    return grouped;
  }, [shown]);
  return { cues: shown, byArticle, error, isLoading };
}
