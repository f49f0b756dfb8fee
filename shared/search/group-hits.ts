/**
 * Orders verified hits for display: articles by their best hit, each article's hits together and
 * best first, at most `perArticle` each, `limit` in all.
 */

/** The fields grouping needs; hits carry more. */
export interface RankedHit {
  article: string;
  passageIndex: number;
  score: number;
  /** Stage-one weight, the tie-breaker between equally good alignments. */
  weight: number;
}

function compareHits(a: RankedHit, b: RankedHit): number {
  return (
    b.score - a.score ||
    b.weight - a.weight ||
    (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
    a.passageIndex - b.passageIndex
  );
}

/** Groups `hits` by article (see the module comment); deterministic for equal scores. */
export function groupHits<T extends RankedHit>(
  hits: readonly T[],
  limit: number,
  perArticle: number,
): T[] {
  const sorted = [...hits].sort(compareHits);
  const byArticle = new Map<string, T[]>();
  for (const hit of sorted) {
    const group = byArticle.get(hit.article);
    if (!group) byArticle.set(hit.article, [hit]);
    else if (group.length < perArticle) group.push(hit);
  }
  // Map iteration follows insertion, i.e. each article's best hit in score order.
  const out: T[] = [];
  for (const group of byArticle.values()) {
    for (const hit of group) {
      if (out.length >= limit) return out;
      out.push(hit);
    }
  }
  return out;
}
