import { useCallback, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { ArticleRow, rowId } from './ArticleRow.tsx';
import type { ArticlePages } from './useArticlePages.ts';
import { useRowNavigation } from './useRowNavigation.ts';
import { SortHeader } from './SortHeader.tsx';
import type { SortField, SortState } from './library-query.ts';

const rowHeightPx = 40;
const headerHeightPx = 38;

interface ArticleTableProps {
  pages: ArticlePages;
  /** False while the reader covers the library; on return, focus comes back to the table. */
  isVisible: boolean;
  sort: SortState;
  onSort: (field: SortField) => void;
  onOpenArticle: (id: string) => void;
  selectedIds: ReadonlySet<string>;
  onToggleSelect: (article: ArticleRecord) => void;
}

export function ArticleTable({
  pages,
  isVisible,
  sort,
  onSort,
  onOpenArticle,
  selectedIds,
  onToggleSelect,
}: ArticleTableProps) {
  const { cache, requestRange } = pages;
  const total = cache.total ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The React Compiler lint flags useVirtualizer as unmemoisable; this app does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeightPx,
    overscan: 12,
    scrollMargin: headerHeightPx,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;

  const wasVisible = useRef(isVisible);
  useEffect(() => {
    if (isVisible && !wasVisible.current) scrollRef.current?.focus({ preventScroll: true });
    wasVisible.current = isVisible;
  }, [isVisible]);

  // A new query (filter or sort) starts at the top; a refresh of the same query keeps the place.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [cache, virtualizer]);

  useEffect(() => {
    if (total > 0) requestRange(firstIndex, lastIndex);
  }, [firstIndex, lastIndex, total, requestRange]);

  const handleOpen = useCallback(
    (index: number) => {
      const article = cache.rowAt(index);
      if (article) onOpenArticle(article.id);
    },
    [cache, onOpenArticle],
  );
  const handleToggle = useCallback(
    (index: number) => {
      const article = cache.rowAt(index);
      if (article) onToggleSelect(article);
    },
    [cache, onToggleSelect],
  );
  const scrollToIndex = useCallback(
    (index: number) => virtualizer.scrollToIndex(index),
    [virtualizer],
  );
  const { activeIndex, setActiveIndex, handleKeyDown } = useRowNavigation({
    rowCount: total,
    pageRows: Math.max(1, items.length - 2),
    onActivate: handleOpen,
    scrollToIndex,
  });
  const handleRowClick = useCallback(
    (index: number) => {
      setActiveIndex(index);
      handleOpen(index);
    },
    [handleOpen, setActiveIndex],
  );

  return (
    <div
      ref={scrollRef}
      className="table"
      role="grid"
      aria-label="Articles"
      aria-rowcount={total + 1}
      aria-colcount={5}
      // Busy until the current query (filter, sort) has answered; old rows show meanwhile.
      aria-busy={!cache.hasAnswered}
      aria-activedescendant={activeIndex >= 0 ? rowId(activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={handleKeyDown}
    >
      <div role="rowgroup" className="table__head" style={{ height: headerHeightPx }}>
        <div role="row" aria-rowindex={1} className="table__header-row">
          <SortHeader sort={sort} onSort={onSort} />
        </div>
      </div>
      <div role="rowgroup" className="table__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const article = cache.rowAt(item.index);
          return (
            <ArticleRow
              key={item.index}
              index={item.index}
              article={article}
              isActive={item.index === activeIndex}
              isSelected={article ? selectedIds.has(article.id) : false}
              onToggleSelect={handleToggle}
              top={item.start - headerHeightPx}
              height={rowHeightPx}
              onOpen={handleRowClick}
            />
          );
        })}
      </div>
    </div>
  );
}
