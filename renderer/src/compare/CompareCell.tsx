import type { RowCell } from '../../../shared/compare/compare-rows.ts';
import { DiffText, type DiffAgainst } from './DiffText.tsx';
import { cuesStartingIn, type FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { AnnotatedText } from '../annotations/AnnotatedText.tsx';
import { useCodablePassageProps } from '../annotations/codable-passage.ts';
import { FrameTags } from '../framing/FrameTags.tsx';

interface CompareCellProps {
  cell: RowCell;
  /** The article's shown framing cues; a diffed cell shows the diff instead. */
  cues?: readonly FramingCue[] | undefined;
  language: string | null;
  /** The outlet when this row is a passage only one column carries. */
  onlyIn: string | null;
  isPivot: boolean;
  isDiffBase: boolean;
  diffAgainst: DiffAgainst | null;
}

const noCues: readonly FramingCue[] = [];

/**
 * A column's passages for one row. Imported text is untrusted: it is only ever rendered as text.
 * An empty cell is labelled, since what an outlet leaves out is part of how it frames the event.
 */
export function CompareCell({
  cell,
  cues = noCues,
  language,
  onlyIn,
  isPivot,
  isDiffBase,
  diffAgainst,
}: CompareCellProps) {
  const pivotClass = isPivot ? ' compare-cell--pivot' : '';
  const codable = useCodablePassageProps();
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
          <p key={passage.index} className="compare-cell__passage" {...codable}>
            <FrameTags cues={cuesStartingIn(cues, passage.start, passage.end)} />
            <AnnotatedText
              text={passage.text}
              start={passage.start}
              cues={cues}
              articleId={cell.articleId}
            />
          </p>
        ))
      )}
    </div>
  );
}
