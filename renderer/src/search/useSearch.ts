import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  CrossLanguageHit,
  SearchHit,
  SearchQueryInput,
} from '../../../shared/search/search-schemas.ts';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useDebouncedValue } from '../ui/useDebouncedValue.ts';

/** Typing waits this long before querying: fast enough to feel live, slow enough to skip most keystrokes. */
const debounceMs = 150;

interface Settled {
  key: string;
  hits: SearchHit[];
  /** Candidates in another language, when the query asked for them. */
  crossLanguage: CrossLanguageHit[];
  tookMs: number | null;
  error: unknown;
}

const nothing: Settled = { key: '', hits: [], crossLanguage: [], tookMs: null, error: null };

/**
 * Results for `input` as the user types: debounced, and every request numbered so that an answer
 * to a superseded query (a slow one overtaken by the next keystroke) is dropped, never shown.
 * The last answer stays on screen while the next one is on its way, so results do not flicker.
 */
export function useSearch(input: SearchQueryInput | null) {
  const api = useApi();
  const [reloads, setReloads] = useState(0);
  useLibraryChanged(() => setReloads((count) => count + 1));
  const key = input ? JSON.stringify(input) : '';
  const debouncedKey = useDebouncedValue(key, debounceMs);
  const sequence = useRef(0);
  const [settled, setSettled] = useState<Settled>(nothing);

  useEffect(() => {
    sequence.current += 1;
    const mine = sequence.current;
    if (!debouncedKey) return;
    const query = JSON.parse(debouncedKey) as SearchQueryInput;
    api.call('search.query', query).then(
      ({ hits, crossLanguage = [], tookMs }) => {
        if (mine === sequence.current)
          setSettled({ key: debouncedKey, hits, crossLanguage, tookMs, error: null });
      },
      (error: unknown) => {
        if (mine === sequence.current) setSettled({ ...nothing, key: debouncedKey, error });
      },
    );
  }, [api, debouncedKey, reloads]);

  return useMemo(() => {
    if (!key) return { ...nothing, isSearching: false, hasAnswer: false };
    return {
      hits: settled.key ? settled.hits : [],
      crossLanguage: settled.key ? settled.crossLanguage : [],
      tookMs: settled.tookMs,
      error: settled.error,
      /** The answer on screen is for an older query (or there is none yet). */
      isSearching: settled.key !== key,
      hasAnswer: settled.key !== '',
      key: settled.key,
    };
  }, [key, settled]);
}
