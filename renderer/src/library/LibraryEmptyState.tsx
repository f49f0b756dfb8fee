import { EmptyState } from '../ui/EmptyState.tsx';

interface LibraryEmptyStateProps {
  isFiltered: boolean;
  onClearFilters: () => void;
}

/** An empty library invites an import; an empty filter result offers to widen the filter. */
export function LibraryEmptyState({ isFiltered, onClearFilters }: LibraryEmptyStateProps) {
  if (isFiltered) {
    return (
      <EmptyState
        title="No articles match these filters"
        actions={
          <button type="button" className="button button--secondary" onClick={onClearFilters}>
            Clear filters
          </button>
        }
      >
        Try a shorter title fragment, another outlet or a wider date range.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="Your library is empty">
      Drop news articles or whole folders anywhere on this window, or choose Import…. Parallax reads
      .txt, .md, .html and .json files in English, Russian and other languages; nothing leaves this
      computer.
    </EmptyState>
  );
}
