import { useCallback, useMemo, useState } from 'react';
import type { CompareViewState } from '../../../shared/compare/view-state.ts';
import type { SearchHit } from '../../../shared/search/search-schemas.ts';
import type { Route } from '../app/route.ts';
import type { FilterRequest } from '../library/useLibraryState.ts';
import { useGlobalShortcuts } from '../palette/useGlobalShortcuts.ts';
import { usePaletteActions } from '../palette/usePaletteActions.ts';
import { hitTarget } from './search-query.ts';
import { useSearchSession } from './useSearchSession.ts';

/**
 * The app-level wiring of search and the command palette: the search session, Ctrl/Cmd+F and
 * Ctrl/Cmd+K, opening a hit in the reader, "find elsewhere", and the palette's outlet filter for
 * the library. Kept out of App.tsx so that the shell stays a plain list of views.
 */
export function useSearchCommands(
  navigate: (route: Route) => void,
  onCompare: (state: CompareViewState) => void,
) {
  const search = useSearchSession();
  const [isPaletteOpen, setIsPaletteOpen] = useState(false);
  const [libraryFilter, setLibraryFilter] = useState<FilterRequest | null>(null);
  const { run: runSearch, inputRef } = search;

  const openHit = useCallback(
    (hit: SearchHit) =>
      navigate({ view: 'article', articleId: hit.article, target: hitTarget(hit), from: 'search' }),
    [navigate],
  );
  /** Searches for `text`; with an article, in the other articles only ("find elsewhere"). */
  const searchFor = useCallback(
    (text: string, excludeArticleId?: string) => {
      const scope = excludeArticleId
        ? { label: 'other articles', excludeArticleIds: [excludeArticleId] }
        : null;
      runSearch({ text, scope });
      navigate({ view: 'search' });
    },
    [navigate, runSearch],
  );
  const filterLibrary = useCallback(
    (outlet: string) => {
      setLibraryFilter({ outlets: [outlet] });
      navigate({ view: 'library' });
    },
    [navigate],
  );
  const pick = usePaletteActions({ navigate, onCompare, onFilterLibrary: filterLibrary });
  const closePalette = useCallback(() => setIsPaletteOpen(false), []);

  useGlobalShortcuts({
    onFind: () => {
      navigate({ view: 'search' });
      // Already on screen: select the query to type over it. Hidden: the view focuses it on show.
      inputRef.current?.select();
    },
    onPalette: () => setIsPaletteOpen(true),
  });

  const palette = useMemo(
    () => ({ isOpen: isPaletteOpen, onClose: closePalette, onPick: pick, onSearch: searchFor }),
    [isPaletteOpen, closePalette, pick, searchFor],
  );
  return { search, libraryFilter, openHit, searchFor, palette };
}
