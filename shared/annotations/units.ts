/**
 * Units for agreement: an article's passages, each with the codes every coder applied to it.
 *
 * Rule — when an annotation's codes apply to a passage: the two overlap by at least one character
 * AND either at least half of the annotation lies inside the passage, or the annotation covers at
 * least half of the passage. So a selection that spills a few characters into the next sentence
 * (a common slip of the mouse) does not code that sentence too, an annotation split evenly between
 * two passages codes both, and a long annotation codes every passage it mostly covers. Whichever
 * passage holds the larger part of a short annotation always gets it, so no annotation is lost.
 */
import type { CodedUnit } from './agreement.ts';

export interface PassageSpan {
  index: number;
  start: number;
  end: number;
}

export interface CodedSpan {
  start: number;
  end: number;
  codeIds: readonly string[];
  coder: string;
}

export interface PassageUnit extends CodedUnit {
  index: number;
  start: number;
  end: number;
}

export interface UnitOptions {
  /**
   * Coders who coded this article: each gets an entry (maybe empty) for every passage, meaning
   * "looked and applied nothing". Coders who appear only in `annotations` are added too. A coder
   * in neither is missing for every passage.
   */
  coders?: readonly string[];
  /** Prefix for unit ids (e.g. the article id and a colon); ids are `${prefix}${index}`. */
  idPrefix?: string;
}

/** Whether the annotation [aStart, aEnd) codes the passage [pStart, pEnd), by the rule above. */
export function appliesToPassage(
  annotation: { start: number; end: number },
  passage: { start: number; end: number },
): boolean {
  const overlap = Math.min(annotation.end, passage.end) - Math.max(annotation.start, passage.start);
  if (overlap < 1) return false;
  const annotationLength = annotation.end - annotation.start;
  const passageLength = passage.end - passage.start;
  return overlap * 2 >= annotationLength || overlap * 2 >= passageLength;
}

/** Every passage as a unit with the codes each coder applied to it (sorted, no duplicates). */
export function codesPerPassage(
  passages: readonly PassageSpan[],
  annotations: readonly CodedSpan[],
  options: UnitOptions = {},
): PassageUnit[] {
  const coders = new Set(options.coders ?? []);
  for (const a of annotations) coders.add(a.coder);
  const prefix = options.idPrefix ?? '';
  const byPassage = passages.map(() => new Map<string, Set<string>>());
  passages.forEach((_, i) => {
    for (const coder of coders) byPassage[i]?.set(coder, new Set());
  });
  // Passages are few (hundreds) and annotations per article fewer: a plain double loop is enough.
  for (const a of annotations) {
    if (a.end <= a.start) continue;
    passages.forEach((p, i) => {
      if (!appliesToPassage(a, p)) return;
      const set = byPassage[i]?.get(a.coder);
      for (const code of a.codeIds) set?.add(code);
    });
  }
  return passages.map((p, i) => {
    const codesByCoder: Record<string, string[]> = {};
    for (const [coder, set] of byPassage[i] ?? []) codesByCoder[coder] = [...set].sort();
    return { id: `${prefix}${p.index}`, index: p.index, start: p.start, end: p.end, codesByCoder };
  });
}
