/**
 * The second stage: checks a candidate passage against the query and finds the span to highlight.
 * The query's skeleton is aligned approximately against the passage's skeleton (see align.ts); exact
 * phrases must occur as they are (after normalisation). The span is mapped back to the passage text.
 */
import { alignApprox, editBudget, similarity } from './align.ts';
import type { ParsedQuery } from './parse-query.ts';
import { toSkeleton, toSourceSpan } from './search-normalize.ts';

/** A verified match in one passage: offsets into the passage text, end exclusive. */
export interface PassageMatch {
  start: number;
  end: number;
  /** Edit distance between the query and the span, in skeleton characters. */
  distance: number;
  /** 1 for an exact occurrence, down to 0. */
  similarity: number;
}

/** Whether `phrase` occurs in `text` on word boundaries (both are skeletons). */
function hasPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at === 0 || text.charCodeAt(at - 1) === 32;
    const afterAt = at + phrase.length;
    const after = afterAt === text.length || text.charCodeAt(afterAt) === 32;
    if (before && after) return true;
  }
  return false;
}

/**
 * Verifies one passage. Returns null when an exact phrase is missing or the query is further from
 * every span than its edit budget; `maxEdits` overrides the budget (0 for an exact search).
 */
export function verifyPassage(
  query: ParsedQuery,
  passageText: string,
  maxEdits = editBudget(query.skeleton.length),
): PassageMatch | null {
  const pattern = query.skeleton;
  if (pattern.length === 0) return null;
  const skeleton = toSkeleton(passageText);
  for (const phrase of query.phrases) if (!hasPhrase(skeleton.text, phrase)) return null;
  const alignment = alignApprox(pattern, skeleton.text, maxEdits);
  if (!alignment) return null;
  let { start, end } = alignment;
  // A substitution at either edge may pull in the space next to the quote; keep spans on words.
  while (start < end && skeleton.text.charCodeAt(start) === 32) start += 1;
  while (end > start && skeleton.text.charCodeAt(end - 1) === 32) end -= 1;
  const span = toSourceSpan(skeleton, start, end);
  return {
    start: span.start,
    end: span.end,
    distance: alignment.distance,
    similarity: similarity(alignment, pattern.length),
  };
}
