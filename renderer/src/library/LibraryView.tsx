import type { PickedFile } from '../import/read-files.ts';
import { ImportButton } from '../import/ImportButton.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { plural } from '../ui/format.ts';
import { ArticleTable } from './ArticleTable.tsx';
import { FilterBar } from './FilterBar.tsx';
import { hasActiveFilters } from './library-query.ts';
import { useArticlePages } from './useArticlePages.ts';
import { useFacets } from './useFacets.ts';
import { useLibraryState } from './useLibraryState.ts';

interface LibraryViewProps {
  isHidden: boolean;
  onOpenArticle: (id: string) => void;
  onImport: (files: PickedFile[]) => void;
}

/** Kept mounted while the reader is open, so filters, sort and scroll position survive. */
export function LibraryView({ isHidden, onOpenArticle, onImport }: LibraryViewProps) {
  const { filters, setFilters, sort, handleSort, query, clearFilters } = useLibraryState();
  const pages = useArticlePages(query);
  const facets = useFacets();
  const { cache } = pages;
  const isFiltered = hasActiveFilters(filters);
  const total = cache.total;

  return (
    <section className="library" hidden={isHidden} aria-label="Library">
      <div className="page-header">
        <div>
          <h1 className="page-header__title">Library</h1>
          <p className="page-header__subtitle" role="status" aria-live="polite">
            {total === null
              ? 'Loading…'
              : isFiltered
                ? `${plural(total, 'article')} match`
                : plural(total, 'article')}
          </p>
        </div>
        <ImportButton onImport={onImport} />
      </div>
      <FilterBar filters={filters} facets={facets.data} onChange={setFilters} />
      {cache.error ? (
        <ErrorNotice
          title="The article list could not be loaded."
          error={cache.error}
          onRetry={pages.retry}
        />
      ) : null}
      {cache.hasAnswered && total === 0 ? (
        isFiltered ? (
          <EmptyState
            title="No articles match these filters"
            actions={
              <button type="button" className="button button--secondary" onClick={clearFilters}>
                Clear filters
              </button>
            }
          >
            Try a shorter title fragment, another outlet or a wider date range.
          </EmptyState>
        ) : (
          <EmptyState title="Your library is empty">
            Drop news articles or whole folders anywhere on this window, or choose Import…. Parallax
            reads .txt, .md, .html and .json files in English, Russian and other languages; nothing
            leaves this computer.
          </EmptyState>
        )
      ) : (
        <ArticleTable
          pages={pages}
          isVisible={!isHidden}
          sort={sort}
          onSort={handleSort}
          onOpenArticle={onOpenArticle}
        />
      )}
    </section>
  );
}
