import type { RowCell } from '../../../shared/compare/compare-rows.ts';
import { DiffText, type DiffAgainst } from './DiffText.tsx';

interface CompareCellProps {
  cell: RowCell;
  language: string | null;
  /** The outlet when this row is a passage only one column carries. */
  onlyIn: string | null;
  isPivot: boolean;
  isDiffBase: boolean;
  diffAgainst: DiffAgainst | null;
}

/**
 * A column's passages for one row. Imported text is untrusted: it is only ever rendered as text.
 * An empty cell is labelled, since what an outlet leaves out is part of how it frames the event.
 */
export function CompareCell({
  cell,
  language,
  onlyIn,
  isPivot,
  isDiffBase,
  diffAgainst,
}: CompareCellProps) {
  const pivotClass = isPivot ? ' compare-cell--pivot' : '';
  if (cell.passages.length === 0) {
    return (
      <div role="cell" className={`compare-cell compare-cell--empty${pivotClass}`}>
        <span className="compare-cell__missing">not reported</span>
      </div>
    );
  }
  return (
    <div
      role="cell"
      className={`compare-cell${pivotClass}${onlyIn ? ' compare-cell--only' : ''}`}
      lang={language ?? undefined}
      data-article={cell.articleId}
    >
      {onlyIn ? (
        <span className="only-in" lang="en">
          only in {onlyIn}
        </span>
      ) : null}
      {isDiffBase ? (
        <span className="diff-base" lang="en">
          diff base
        </span>
      ) : null}
      {diffAgainst ? (
        <DiffText text={cell.text} against={diffAgainst} />
      ) : (
        cell.passages.map((passage) => (
          <p key={passage.index} className="compare-cell__passage">
            {passage.text}
          </p>
        ))
      )}
    </div>
  );
}
