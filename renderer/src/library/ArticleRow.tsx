import { memo } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { datePart, formatCount, languageName } from '../ui/format.ts';

interface ArticleRowProps {
  index: number;
  article: ArticleRecord | undefined;
  isActive: boolean;
  /** Picked for a comparison (checkbox, or Ctrl/Cmd-click on the row). */
  isSelected: boolean;
  top: number;
  height: number;
  onOpen: (index: number) => void;
  onToggleSelect: (index: number) => void;
}

export const rowId = (index: number) => `article-row-${index}`;

/** One table row; a grey placeholder until its page has arrived. */
export const ArticleRow = memo(function ArticleRow({
  index,
  article,
  isActive,
  isSelected,
  top,
  height,
  onOpen,
  onToggleSelect,
}: ArticleRowProps) {
  const className = `table__row${isActive ? ' table__row--active' : ''}${isSelected ? ' table__row--selected' : ''}${article ? '' : ' table__row--loading'}`;
  return (
    <div
      id={rowId(index)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={isActive}
      className={className}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={(event) => (event.ctrlKey || event.metaKey ? onToggleSelect(index) : onOpen(index))}
    >
      {article ? (
        <>
          <div
            role="gridcell"
            className="table__cell table__cell--title"
            title={article.title}
            // Named by the title alone; the checkbox inside keeps its own label.
            aria-label={article.title || 'Untitled'}
          >
            {/* Inside the title cell, so the grid keeps its five columns. */}
            <input
              type="checkbox"
              className="table__select"
              aria-label={`Select for comparison: ${article.title || 'Untitled'}`}
              checked={isSelected}
              onClick={(event) => event.stopPropagation()}
              onChange={() => onToggleSelect(index)}
            />
            {article.title || 'Untitled'}
          </div>
          <div role="gridcell" className="table__cell" title={article.outlet ?? undefined}>
            {article.outlet ?? <span className="muted">Unknown</span>}
          </div>
          <div role="gridcell" className="table__cell">
            {article.language ? (
              languageName(article.language)
            ) : (
              <span className="muted">Unknown</span>
            )}
          </div>
          <div role="gridcell" className="table__cell table__cell--date">
            {article.published ? datePart(article.published) : <span className="muted">—</span>}
          </div>
          <div role="gridcell" className="table__cell table__cell--numeric">
            {formatCount(article.wordCount)}
          </div>
        </>
      ) : (
        <div role="gridcell" className="table__cell table__cell--placeholder" aria-label="Loading">
          <span className="skeleton" />
        </div>
      )}
    </div>
  );
});
