/**
 * The clean body as paragraphs that know where they sit in it, so a search hit (offsets into the
 * clean body) can be found, scrolled to and highlighted inside its paragraph.
 */
import type { PassageTarget } from './passage-target.ts';

export interface ParagraphRange {
  /** Offsets into the clean body, end exclusive; `text` is `body.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

/** Paragraphs as `bodyParagraphs` cuts them (blank-line separated, trimmed), with their offsets. */
export function paragraphRanges(body: string): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  const separator = /\n{2,}/g;
  let from = 0;
  const push = (chunkStart: number, chunkEnd: number) => {
    const chunk = body.slice(chunkStart, chunkEnd);
    const text = chunk.trim();
    if (!text) return;
    const start = chunkStart + chunk.indexOf(text);
    ranges.push({ start, end: start + text.length, text });
  };
  for (const match of body.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, body.length);
  return ranges;
}

/** A paragraph cut around the target: text before the passage, the passage (with the match), after. */
export interface TargetSplit {
  before: string;
  passageBefore: string;
  match: string;
  passageAfter: string;
  after: string;
}

/**
 * Splits `paragraph` around `target`, or returns null when the target is not in it. Offsets are
 * clamped to the paragraph: a passage is always inside one paragraph, but an edit of the article
 * since the search may have moved things a little.
 */
export function splitAtTarget(
  paragraph: ParagraphRange,
  target: PassageTarget,
): TargetSplit | null {
  const { start, end, text } = paragraph;
  if (target.passageStart >= end || target.passageEnd <= start) return null;
  const clamp = (offset: number) => Math.min(Math.max(offset, start), end) - start;
  const passageStart = clamp(target.passageStart);
  const passageEnd = clamp(target.passageEnd);
  const matchStart = Math.max(clamp(target.start), passageStart);
  const matchEnd = Math.min(Math.max(clamp(target.end), matchStart), passageEnd);
  return {
    before: text.slice(0, passageStart),
    passageBefore: text.slice(passageStart, matchStart),
    match: text.slice(matchStart, matchEnd),
    passageAfter: text.slice(matchEnd, passageEnd),
    after: text.slice(passageEnd),
  };
}
