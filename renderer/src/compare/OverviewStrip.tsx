import type { CSSProperties } from 'react';
import type { CompareRow } from '../../../shared/compare/compare-rows.ts';
import type { ScrollWindow } from './useScrollWindow.ts';

interface OverviewStripProps {
  rows: readonly CompareRow[];
  columnCount: number;
  activeRow: number;
  scrollWindow: ScrollWindow;
  onJump: (index: number) => void;
}

/** 'all', 'some' or 'one' column carries the row; the strip's colours and their legend. */
function coverageClass(row: CompareRow, columnCount: number): string {
  if (row.carriedBy.length >= columnCount) return 'overview__mark--all';
  if (row.carriedBy.length <= 1) return 'overview__mark--one';
  return 'overview__mark--some';
}

/** A row's share of the strip: its longest cell, so the strip maps the page like a minimap. */
function rowWeight(row: CompareRow): number {
  return Math.max(60, ...row.cells.map((cell) => cell.text.length));
}

/**
 * A heat map of the whole comparison at the side (after Juxta): one mark per row, darker the more
 * columns carry it, amber where only one does, notched where copy was edited. Click to jump.
 */
export function OverviewStrip({
  rows,
  columnCount,
  activeRow,
  scrollWindow,
  onJump,
}: OverviewStripProps) {
  return (
    <nav className="overview" aria-label="Overview of rows">
      <span
        className="overview__window"
        aria-hidden="true"
        style={{ top: `${scrollWindow.top * 100}%`, height: `${scrollWindow.height * 100}%` }}
      />
      {rows.map((row) => {
        const share = row.carriedBy.length / Math.max(columnCount, 1);
        const style = { '--share': share, flexGrow: rowWeight(row) } as CSSProperties;
        const className = [
          'overview__mark',
          coverageClass(row, columnCount),
          row.nearIdentical.length > 0 ? 'overview__mark--copy' : '',
          row.index === activeRow ? 'overview__mark--active' : '',
        ].join(' ');
        return (
          <button
            key={row.index}
            type="button"
            className={className}
            style={style}
            tabIndex={-1}
            aria-label={`Row ${row.index + 1}: ${row.carriedBy.length} of ${columnCount} articles`}
            title={`Row ${row.index + 1}: ${row.carriedBy.length} of ${columnCount} articles`}
            onClick={() => onJump(row.index)}
          />
        );
      })}
    </nav>
  );
}
