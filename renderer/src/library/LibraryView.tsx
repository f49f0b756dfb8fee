import type { PickedFile } from '../import/read-files.ts';
import type { CompareViewState } from '../../../shared/compare/view-state.ts';
import { CompareSelection } from './CompareSelection.tsx';
import { useSelection } from './useSelection.ts';
import { ImportButton } from '../import/ImportButton.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { plural } from '../ui/format.ts';
import { ArticleTable } from './ArticleTable.tsx';
import { FilterBar } from './FilterBar.tsx';
import { LibraryEmptyState } from './LibraryEmptyState.tsx';
import { hasActiveFilters } from './library-query.ts';
import { useArticlePages } from './useArticlePages.ts';
import { useFacets } from './useFacets.ts';
import { useLibraryState, type FilterRequest } from './useLibraryState.ts';

interface LibraryViewProps {
  isHidden: boolean;
  onOpenArticle: (id: string) => void;
  onImport: (files: PickedFile[]) => void;
  onCompare: (state: CompareViewState) => void;
  /** Replaces the filters when it changes (the command palette's outlet jump). */
  filterRequest?: FilterRequest | null;
}

/** Kept mounted while the reader is open, so filters, sort and scroll position survive. */
/** "5 articles", "1 article match"; nothing certain while the first answer is pending or failed. */
function countLabel(total: number | null, isFiltered: boolean, hasFailed: boolean): string {
  if (hasFailed) return '—';
  if (total === null) return 'Loading…';
  return isFiltered ? `${plural(total, 'article')} match` : plural(total, 'article');
}

export function LibraryView({
  isHidden,
  onOpenArticle,
  onImport,
  onCompare,
  filterRequest = null,
}: LibraryViewProps) {
  const selection = useSelection();
  const { filters, setFilters, sort, handleSort, query, clearFilters } =
    useLibraryState(filterRequest);
  const pages = useArticlePages(query);
  const facets = useFacets();
  const { cache } = pages;
  const isFiltered = hasActiveFilters(filters);
  // Rows of the previous query must not pass for answers to a query that failed.
  const hasFailed = cache.error !== null && !cache.hasAnswered;
  const total = cache.total;

  return (
    <section className="library" hidden={isHidden} aria-label="Library">
      <div className="page-header">
        <div>
          <h1 className="page-header__title">Library</h1>
          <p className="page-header__subtitle" role="status" aria-live="polite">
            {countLabel(total, isFiltered, hasFailed)}
          </p>
        </div>
        <div className="page-header__actions">
          <CompareSelection
            picked={selection.picked}
            onCompare={onCompare}
            onClear={selection.clear}
          />
          <ImportButton onImport={onImport} />
        </div>
      </div>
      <FilterBar filters={filters} facets={facets.data} onChange={setFilters} />
      {cache.error ? (
        <ErrorNotice
          title="The article list could not be loaded."
          error={cache.error}
          onRetry={pages.retry}
        />
      ) : null}
      {hasFailed ? null : cache.hasAnswered && total === 0 ? (
        <LibraryEmptyState isFiltered={isFiltered} onClearFilters={clearFilters} />
      ) : (
        <ArticleTable
          pages={pages}
          isVisible={!isHidden}
          sort={sort}
          onSort={handleSort}
          onOpenArticle={onOpenArticle}
          selectedIds={selection.selectedIds}
          onToggleSelect={selection.toggle}
        />
      )}
    </section>
  );
}
