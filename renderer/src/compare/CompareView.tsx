import { useCallback, useState } from 'react';
import { nextDifference } from '../../../shared/compare/compare-rows.ts';
import {
  cyclePivot,
  moveColumn,
  type CompareViewState,
} from '../../../shared/compare/view-state.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { CompareGrid } from './CompareGrid.tsx';
import { CompareToolbar } from './CompareToolbar.tsx';
import { CoverageMatrix } from './CoverageMatrix.tsx';
import { useCompareKeys } from './useCompareKeys.ts';
import type { CompareSession } from './useCompareSession.ts';
import { useComparison, useOutlets } from './useComparison.ts';
import { scrollToRow } from './scroll-to-row.ts';
import { useShownCues } from '../framing/useShownCues.ts';
import { FramingLegend } from '../framing/FramingLegend.tsx';
import { FramingSummaryPanel } from '../framing/summary/FramingSummaryPanel.tsx';
import { AnnotationScope } from '../annotations/AnnotationScope.tsx';

interface CompareViewProps {
  session: CompareSession;
  onOpenStories: () => void;
  onOpenArticle: (id: string) => void;
  /** "Find elsewhere" for text selected in a column; the article is left out of the search. */
  onFindElsewhere?: (text: string, articleId?: string) => void;
}

export function CompareView({
  session,
  onOpenStories,
  onOpenArticle,
  onFindElsewhere,
}: CompareViewProps) {
  const { state, isLoaded } = session;
  if (!isLoaded) {
    return (
      <p className="loading compare__loading" role="status">
        Loading comparison…
      </p>
    );
  }
  if (!state) {
    return (
      <section className="compare" aria-label="Compare">
        <EmptyState
          title="Nothing to compare yet"
          actions={
            <button type="button" className="button button--primary" onClick={onOpenStories}>
              Choose a story
            </button>
          }
        >
          Pick a story to see its coverage side by side, outlet by outlet, or tick 2–6 articles in
          the Library and choose Compare.
        </EmptyState>
      </section>
    );
  }
  return (
    <OpenComparison
      state={state}
      session={session}
      onOpenStories={onOpenStories}
      onOpenArticle={onOpenArticle}
      onFindElsewhere={onFindElsewhere}
    />
  );
}

interface OpenComparisonProps extends CompareViewProps {
  state: CompareViewState;
}

function OpenComparison({
  state,
  session,
  onOpenStories,
  onOpenArticle,
  onFindElsewhere,
}: OpenComparisonProps) {
  const { update } = session;
  const { columns, pivot } = state;
  const { comparison, rows, error, isLoading, reload } = useComparison(columns, pivot);
  const outlets = useOutlets();
  const framing = useShownCues(columns);
  const [activeRow, setActiveRow] = useState(-1);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const [isSummaryOpen, setIsSummaryOpen] = useState(false);

  const jumpTo = useCallback(
    (index: number) => {
      setActiveRow(index);
      if (state.panel !== 'rows') update({ panel: 'rows' });
      scrollToRow(index);
    },
    [state.panel, update],
  );
  const step = (direction: 1 | -1) => {
    const target = nextDifference(rows, columns.length, activeRow, direction);
    if (target !== null) jumpTo(target);
  };
  const movePivot = (direction: 1 | -1) => {
    if (!pivot) return;
    update({ columns: moveColumn(columns, pivot, direction) });
  };
  useCompareKeys({
    onNextDifference: () => step(1),
    onPreviousDifference: () => step(-1),
    onNextPivot: () => update({ pivot: cyclePivot(columns, pivot, 1) }),
    onPreviousPivot: () => update({ pivot: cyclePivot(columns, pivot, -1) }),
    onMovePivotLeft: () => movePivot(-1),
    onMovePivotRight: () => movePivot(1),
    onToggleDiff: () => update({ showDiff: !state.showDiff }),
    onToggleCoverage: () => update({ panel: state.panel === 'rows' ? 'coverage' : 'rows' }),
    onToggleHelp: () => setIsHelpOpen((open) => !open),
  });

  return (
    <section className="compare" aria-label="Compare">
      <CompareToolbar
        state={state}
        comparison={comparison}
        rows={rows}
        isHelpOpen={isHelpOpen}
        onHelpOpenChange={setIsHelpOpen}
        onUpdate={update}
        onOpenStories={onOpenStories}
        isSummaryOpen={isSummaryOpen}
        onToggleSummary={() => setIsSummaryOpen((open) => !open)}
      />
      {isSummaryOpen ? (
        <FramingSummaryPanel
          articleIds={columns}
          pivot={pivot}
          title={state.title}
          onClose={() => setIsSummaryOpen(false)}
          onShowPassage={(articleId, passageIndex) => {
            const row = rows.find((candidate) =>
              candidate.cells.some(
                (cell) =>
                  cell.articleId === articleId &&
                  cell.passages.some((passage) => passage.index === passageIndex),
              ),
            );
            if (row) jumpTo(row.index);
          }}
        />
      ) : null}
      {error ? (
        <ErrorNotice title="These articles could not be aligned." error={error} onRetry={reload} />
      ) : null}
      {session.saveError ? (
        <ErrorNotice
          title="This view could not be saved; it will not be restored after a restart."
          error={session.saveError}
        />
      ) : null}
      {!comparison && isLoading ? (
        <p className="loading compare__loading" role="status">
          Aligning {columns.length} articles…
        </p>
      ) : null}
      {comparison && state.panel === 'coverage' ? (
        <CoverageMatrix comparison={comparison} columns={columns} rows={rows} onJump={jumpTo} />
      ) : null}
      {comparison && state.panel === 'rows' ? (
        <FramingLegend
          cues={framing.cues}
          isShown={framing.isShown}
          onToggle={framing.toggle}
          isLoading={framing.isLoading && framing.cues.length === 0}
        />
      ) : null}
      {comparison && state.panel === 'rows' ? (
        <AnnotationScope articleIds={columns}>
          <CompareGrid
            cuesByArticle={framing.shownByArticle}
            comparison={comparison}
            state={state}
            rows={rows}
            outlets={outlets}
            activeRow={activeRow}
            isRealigning={isLoading}
            onActivateRow={setActiveRow}
            onJump={jumpTo}
            onUpdate={update}
            onOpenArticle={onOpenArticle}
            onFindElsewhere={onFindElsewhere}
          />
        </AnnotationScope>
      ) : null}
    </section>
  );
}
