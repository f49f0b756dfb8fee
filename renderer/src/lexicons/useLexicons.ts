import { useCallback } from 'react';
import type { LexiconKind } from '../../../shared/framing/lexicon-schema.ts';
import { useApi } from '../api/useApi.ts';
import { useApiEvent } from '../api/useApiEvent.ts';
import { useAsync } from '../ui/useAsync.ts';

/** Every lexicon file's header and counts, for the file list; refetched after each edit. */
export function useLexiconFiles() {
  const api = useApi();
  const load = useCallback(() => api.call('lexicons.list', { headersOnly: true }), [api]);
  const state = useAsync(load);
  useApiEvent('lexicons.changed', state.reload);
  return state;
}

/** One lexicon file in force with all its entries; refetched after each edit. */
export function useLexiconFile(language: string, kind: LexiconKind) {
  const api = useApi();
  const load = useCallback(
    () => api.call('lexicons.list', { language, kind }).then((files) => files[0] ?? null),
    [api, language, kind],
  );
  const state = useAsync(load);
  useApiEvent('lexicons.changed', state.reload);
  return state;
}
