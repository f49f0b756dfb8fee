import { useRef, type CSSProperties } from 'react';
import type { OutletInfo } from '../../../shared/api/schemas.ts';
import type { CompareRow, Comparison } from '../../../shared/compare/compare-rows.ts';
import { moveColumn, type CompareViewState } from '../../../shared/compare/view-state.ts';
import { FindElsewhere } from '../reader/FindElsewhere.tsx';
import { ColumnHeader } from './ColumnHeader.tsx';
import { CompareRowView } from './CompareRowView.tsx';
import { OverviewStrip } from './OverviewStrip.tsx';
import { useScrollWindow } from './useScrollWindow.ts';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';

interface CompareGridProps {
  comparison: Comparison;
  state: CompareViewState;
  rows: readonly CompareRow[];
  outlets: readonly OutletInfo[];
  activeRow: number;
  isRealigning: boolean;
  /** Each article's shown framing cues, highlighted in its cells and counted in its header. */
  cuesByArticle: ReadonlyMap<string, readonly FramingCue[]>;
  onActivateRow: (index: number) => void;
  onJump: (index: number) => void;
  onUpdate: (patch: Partial<CompareViewState>) => void;
  onOpenArticle: (id: string) => void;
  /** "Find elsewhere" for text selected in a column: the text and that column's article. */
  onFindElsewhere?: (text: string, articleId?: string) => void;
}

/** The article of the column where the current selection starts, from its cell's data attribute. */
function selectedArticle(): string | undefined {
  const node = window.getSelection()?.anchorNode ?? null;
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-article]')?.dataset.article;
}

/**
 * One CSS grid for headers and rows: the columns scroll together, and the cells of a row share
 * its height, so a fact stays on one line across outlets however long each telling is.
 */
export function CompareGrid({
  comparison,
  state,
  rows,
  outlets,
  activeRow,
  isRealigning,
  cuesByArticle,
  onActivateRow,
  onJump,
  onUpdate,
  onOpenArticle,
  onFindElsewhere,
}: CompareGridProps) {
  const { columns } = state;
  const records = new Map(comparison.articles.map((entry) => [entry.article.id, entry.article]));
  const style = { '--compare-columns': columns.length } as CSSProperties;
  const scrollRef = useRef<HTMLDivElement>(null);
  const scrollWindow = useScrollWindow(scrollRef);

  return (
    <div className="compare__body">
      <div ref={scrollRef} className="compare__scroll" aria-busy={isRealigning}>
        <div
          className="compare-grid"
          role="table"
          aria-label="Aligned passages"
          aria-colcount={columns.length + 1}
          style={style}
        >
          <div role="row" className="compare-grid__row compare-grid__row--head">
            <div role="columnheader" className="compare-head compare-head--gutter">
              <span className="compare-head__gutter-label">Match</span>
            </div>
            {columns.map((id, index) => {
              const article = records.get(id);
              return article ? (
                <ColumnHeader
                  key={id}
                  article={article}
                  outlets={outlets}
                  cues={cuesByArticle.get(id)}
                  isPivot={id === comparison.pivot}
                  isFirst={index === 0}
                  isLast={index === columns.length - 1}
                  onMakePivot={() => onUpdate({ pivot: id })}
                  onMove={(step) => onUpdate({ columns: moveColumn(columns, id, step) })}
                  onOpen={() => onOpenArticle(id)}
                />
              ) : (
                <div key={id} role="columnheader" className="compare-head">
                  <span className="muted">Loading…</span>
                </div>
              );
            })}
          </div>
          {rows.map((row) => (
            <CompareRowView
              key={row.index}
              row={row}
              records={records}
              cuesByArticle={cuesByArticle}
              pivot={comparison.pivot}
              isActive={row.index === activeRow}
              showDiff={state.showDiff}
              ignoreCaseAndPunctuation={state.ignoreCaseAndPunctuation}
              onActivate={onActivateRow}
            />
          ))}
        </div>
        {rows.length === 0 ? (
          <p className="compare__no-rows muted">These articles have no passages to align.</p>
        ) : null}
      </div>
      {onFindElsewhere ? (
        <FindElsewhere
          containerRef={scrollRef}
          onFind={(text) => onFindElsewhere(text, selectedArticle())}
        />
      ) : null}
      <OverviewStrip
        rows={rows}
        columnCount={columns.length}
        activeRow={activeRow}
        scrollWindow={scrollWindow}
        onJump={onJump}
      />
    </div>
  );
}
