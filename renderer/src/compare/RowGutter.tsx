import { useId } from 'react';
import type { CompareRow } from '../../../shared/compare/compare-rows.ts';
import { rowGutterId } from './scroll-to-row.ts';

interface RowGutterProps {
  row: CompareRow;
  onFocus: () => void;
}

/** The row's match score, with its reasons shown on hover and on keyboard focus. */
export function RowGutter({ row, onFocus }: RowGutterProps) {
  const reasonsId = useId();
  const isAlone = row.carriedBy.length <= 1;
  const percent = Math.round(row.score * 100);
  return (
    <div role="rowheader" className="row-gutter">
      <button
        id={rowGutterId(row.index)}
        type="button"
        className={`row-gutter__score${isAlone ? ' row-gutter__score--alone' : ''}`}
        aria-label={`Row ${row.index + 1}, ${isAlone ? 'in one column only' : `match ${percent}%`}`}
        aria-describedby={isAlone ? undefined : reasonsId}
        onFocus={onFocus}
        onClick={onFocus}
      >
        <span className="row-gutter__number tabular">{row.index + 1}</span>
        <span className="row-gutter__value tabular">{isAlone ? '—' : row.score.toFixed(2)}</span>
        <span className="row-gutter__bar" aria-hidden="true">
          <span style={{ width: `${Math.max(percent, isAlone ? 0 : 6)}%` }} />
        </span>
        {row.nearIdentical.length > 0 ? (
          <span className="row-gutter__copy" title="Near-identical copy: word diff available">
            ≈
          </span>
        ) : null}
      </button>
      {isAlone ? null : (
        <div id={reasonsId} role="tooltip" className="row-reasons">
          <p className="row-reasons__title">Why these passages share a row</p>
          {row.reasons.length > 0 ? (
            <ul>
              {row.reasons.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p>No shared entities, numbers or words were recorded.</p>
          )}
        </div>
      )}
    </div>
  );
}
