import { useMemo, type ReactNode } from 'react';
import { countChangedWords, wordDiff } from '../../../shared/compare/word-diff.ts';

export interface DiffAgainst {
  /** The base cell's text, which this cell is compared against. */
  text: string;
  outlet: string;
  ignoreCaseAndPunctuation: boolean;
}

interface DiffTextProps {
  text: string;
  against: DiffAgainst;
}

/**
 * This cell's text with the words it added (underlined) and the base's words it dropped (struck
 * through), as <ins>/<del> so the change is in the markup, not only in the colour.
 */
export function DiffText({ text, against }: DiffTextProps) {
  const { text: base, ignoreCaseAndPunctuation } = against;
  const parts = useMemo(
    () => wordDiff(base, text, { ignoreCaseAndPunctuation }),
    [base, text, ignoreCaseAndPunctuation],
  );
  const { added, removed } = countChangedWords(parts);
  return (
    <>
      <p className="diff-summary" lang="en">
        {added + removed === 0
          ? `Same words as ${against.outlet}`
          : `vs ${against.outlet}: +${added} −${removed} words`}
      </p>
      <p className="compare-cell__passage diff-text">
        {parts.map((part, index) =>
          part.kind === 'added' ? (
            <Padded key={index} text={part.text}>
              {(core) => (
                <ins className="diff-ins" title="Added in this column">
                  {core}
                </ins>
              )}
            </Padded>
          ) : part.kind === 'removed' ? (
            <del key={index} className="diff-del" title={`Only in ${against.outlet}`}>
              {part.text.trim()}
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </>
  );
}

interface PaddedProps {
  text: string;
  children: (core: string) => ReactNode;
}

/** Keeps a change's surrounding spaces outside its mark, so underlines cover words only. */
function Padded({ text, children }: PaddedProps) {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, before = '', core = text, after = ''] = match ?? [];
  return (
    <>
      {before}
      {core ? children(core) : null}
      {after}
    </>
  );
}
