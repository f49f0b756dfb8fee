import { useCallback, useEffect, useId, type KeyboardEvent } from 'react';
import type { SavedSearch } from '../../../shared/search/search-history.ts';
import type { SearchHit } from '../../../shared/search/search-schemas.ts';
import { useFacets } from '../library/useFacets.ts';
import { fromSavedSearch, toSearchInput } from './search-query.ts';
import { hitElementId, useHitNavigation } from './useHitNavigation.ts';
import { useSearch } from './useSearch.ts';
import { useSearchLists } from './useSearchLists.ts';
import type { SearchSession } from './useSearchSession.ts';
import { useStoryOptions } from './useStoryOptions.ts';

/** Everything the search view does, so the component only lays it out. */
export function useSearchView(
  session: SearchSession,
  isHidden: boolean,
  onOpenHit: (hit: SearchHit) => void,
) {
  const listId = useId();
  const facets = useFacets();
  const stories = useStoryOptions(!isHidden);
  const lists = useSearchLists();
  const { text, filters, scope, setText, run, inputRef } = session;
  const storyArticles = filters.storyId
    ? (stories?.find((story) => story.id === filters.storyId)?.articleIds ?? null)
    : null;
  const input = toSearchInput(text, filters, scope, storyArticles);
  const search = useSearch(input);
  const nav = useHitNavigation(search.hits.length, search.key ?? '', listId);
  const { addHistory } = lists;

  // Showing the view puts the cursor in the box: searching is the only thing to do here.
  useEffect(() => {
    if (!isHidden) inputRef.current?.focus();
  }, [isHidden, inputRef]);

  const openHit = useCallback(
    (hit: SearchHit) => {
      addHistory(text);
      onOpenHit(hit);
    },
    [addHistory, onOpenHit, text],
  );

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      nav.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = search.isSearching ? undefined : search.hits[nav.active];
      if (hit) openHit(hit);
      else addHistory(text);
    } else if (event.key === 'Escape' && text) {
      event.preventDefault();
      setText('');
    }
  };

  const runSaved = (saved: SavedSearch) => run(fromSavedSearch(saved, stories ?? []));

  return {
    listId,
    facets: facets.data,
    stories,
    lists,
    input,
    search,
    nav,
    activeId: nav.active >= 0 ? hitElementId(listId, nav.active) : undefined,
    openHit,
    handleKeyDown,
    runSaved,
  };
}
