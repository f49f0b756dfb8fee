import type { SearchHit } from '../../../shared/search/search-schemas.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { formatCount, plural } from '../ui/format.ts';
import { CrossLanguageResults } from './CrossLanguageResults.tsx';
import { SaveSearchButton } from './SaveSearchButton.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SearchFilterBar } from './SearchFilterBar.tsx';
import { SearchResults } from './SearchResults.tsx';
import { SearchStart } from './SearchStart.tsx';
import { emptySearchFilters, groupHits, hasActiveFilters } from './search-query.ts';
import type { SearchSession } from './useSearchSession.ts';
import { useSearchView } from './useSearchView.ts';

interface SearchViewProps {
  isHidden: boolean;
  session: SearchSession;
  onOpenHit: (hit: SearchHit) => void;
}

/** Kept mounted while the reader is open, so results, the active hit and scroll survive "back". */
export function SearchView({ isHidden, session, onOpenHit }: SearchViewProps) {
  const view = useSearchView(session, isHidden, onOpenHit);
  const { search, input, lists } = view;
  const hasQuery = input !== null;
  const isNarrowed = hasActiveFilters(session.filters) || session.scope !== null;
  const articleCount = groupHits(search.hits).length;

  return (
    <section className="search" hidden={isHidden} aria-label="Search">
      <div className="page-header search__header">
        <div>
          <h1 className="page-header__title">Search</h1>
          <p className="page-header__subtitle" role="status" aria-live="polite">
            {!hasQuery
              ? 'Quotes and passages across every outlet, typos and all'
              : !search.hasAnswer
                ? 'Searching…'
                : search.hits.length === 0
                  ? 'No matches'
                  : `${plural(search.hits.length, 'passage')} in ${plural(articleCount, 'article')}`}
            {hasQuery && search.tookMs !== null ? (
              <span className="search__took"> · {formatCount(Math.round(search.tookMs))} ms</span>
            ) : null}
          </p>
        </div>
        {hasQuery && input ? (
          <SaveSearchButton
            defaultName={session.text.trim().slice(0, 80)}
            onSave={(name) => lists.save(name, input)}
          />
        ) : null}
      </div>
      <SearchBox
        session={session}
        listId={view.listId}
        activeId={view.activeId}
        hasResults={search.hits.length > 0}
        onKeyDown={view.handleKeyDown}
      />
      <SearchFilterBar
        filters={session.filters}
        facets={view.facets}
        stories={view.stories}
        onChange={session.setFilters}
      />
      <div className="search__body">
        {search.error ? <ErrorNotice title="The search failed." error={search.error} /> : null}
        {lists.actionError ? (
          <ErrorNotice
            title="That change to your searches was not saved."
            error={lists.actionError}
          />
        ) : null}
        {!hasQuery ? (
          <SearchStart
            history={lists.history.data}
            saved={lists.saved.data}
            onRunText={(text) => session.run({ text })}
            onRunSaved={view.runSaved}
            onDeleteSaved={(id) => void lists.remove(id)}
          />
        ) : search.hasAnswer && !search.isSearching && search.hits.length === 0 && !search.error ? (
          <EmptyState
            title={
              session.scope?.excludeArticleIds
                ? 'No other article carries this passage'
                : 'No passage matches'
            }
            actions={
              isNarrowed ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    session.setFilters(emptySearchFilters);
                    session.setScope(null);
                  }}
                >
                  {session.scope ? 'Search everywhere' : 'Search without filters'}
                </button>
              ) : null
            }
          >
            {session.scope?.excludeArticleIds
              ? search.crossLanguage.length > 0
                ? 'Not in its own language elsewhere; candidates in other languages are below.'
                : 'Only the article it came from has it. Try a shorter part of the selection.'
              : isNarrowed
                ? 'Filters are narrowing this search; try removing some.'
                : 'Try fewer words, or a distinctive part of the quote.'}
          </EmptyState>
        ) : (
          <SearchResults
            hits={search.hits}
            listId={view.listId}
            active={view.nav.active}
            isStale={search.isSearching}
            onSelect={view.nav.select}
            onOpen={view.openHit}
          />
        )}
        {hasQuery && !search.isSearching ? (
          <CrossLanguageResults hits={search.crossLanguage} onOpen={view.openHit} />
        ) : null}
      </div>
    </section>
  );
}
