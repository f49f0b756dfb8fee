/**
 * Approximate alignment: the substring of a text closest to a pattern by edit distance (Sellers'
 * algorithm), computed column by column over the text with Ukkonen's cut-off so only cells that can
 * still be within `maxEdits` are touched: O(maxEdits · text length) in practice instead of
 * O(pattern · text). Each cell carries where its alignment started, so the best match comes out as a
 * span to highlight, not just a distance.
 *
 * Written here rather than taken from a library: fuse.js's Bitap cuts patterns into 32-character
 * pieces and scores by location, and no small kept package returns the span of an approximate
 * substring match.
 */

/** The best approximate occurrence of the pattern: text offsets `[start, end)` and its cost. */
export interface Alignment {
  start: number;
  end: number;
  /** Edit distance (insertions, deletions, substitutions) between the pattern and the span. */
  distance: number;
}

/**
 * Finds the span of `text` with the smallest edit distance to `pattern`, if that distance is at most
 * `maxEdits`; ties go to the earliest end. Returns null when nothing is that close.
 */
export function alignApprox(pattern: string, text: string, maxEdits: number): Alignment | null {
  const m = pattern.length;
  if (m === 0) return { start: 0, end: 0, distance: 0 };
  const k = Math.max(0, Math.min(maxEdits, m));
  const over = k + 1;
  // cost[i]: distance of pattern[0..i) to the best text suffix ending here; from[i]: its start.
  const cost = new Int32Array(m + 1);
  const from = new Int32Array(m + 1);
  const codes = new Uint16Array(m);
  for (let i = 0; i < m; i += 1) codes[i] = pattern.charCodeAt(i);
  for (let i = 0; i <= m; i += 1) cost[i] = i <= k ? i : over;
  let last = k; // last row whose cost is <= k
  let best: Alignment | null = null;
  if (last === m) best = { start: 0, end: 0, distance: cost[m] ?? m };
  for (let j = 0; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    let diagCost = 0; // cost[0] of the previous column: a match may start anywhere
    let diagFrom = j;
    let upCost = 0; // cost[0] of this column
    let upFrom = j + 1;
    const rows = Math.min(m, last + 1);
    for (let i = 1; i <= rows; i += 1) {
      const leftCost = i <= last ? (cost[i] ?? over) : over;
      const leftFrom = from[i] ?? j;
      let value = diagCost + (codes[i - 1] === c ? 0 : 1);
      let start = diagFrom;
      if (leftCost + 1 < value) {
        value = leftCost + 1;
        start = leftFrom;
      }
      if (upCost + 1 < value) {
        value = upCost + 1;
        start = upFrom;
      }
      diagCost = leftCost;
      diagFrom = leftFrom;
      cost[i] = value;
      from[i] = start;
      upCost = value;
      upFrom = start;
    }
    last = rows;
    while (last > 0 && (cost[last] ?? over) > k) last -= 1;
    if (last === m) {
      const distance = cost[m] ?? over;
      if (best === null || distance < best.distance) {
        best = { start: from[m] ?? 0, end: j + 1, distance };
        if (distance === 0) break;
      }
    }
  }
  return best;
}

/**
 * The edit budget for a pattern: the "1–3 character typos" plus a missing or extra word
 * stay well inside it, while two unrelated sentences (typically ~50% apart) stay outside. Short
 * patterns get less, or one word would match every other word of its length; long ones are capped.
 */
export function editBudget(patternLength: number): number {
  if (patternLength < 4) return 0;
  if (patternLength < 8) return 1;
  if (patternLength < 13) return 2;
  // A pasted paragraph gets at most 40: the cost of alignment grows with the budget, and a long
  // quote 40 edits away is a different text, not a misremembered one.
  return Math.min(40, Math.ceil(patternLength * 0.3));
}

/** Similarity in [0, 1] of an alignment: 1 for an exact occurrence. */
export function similarity(alignment: Alignment, patternLength: number): number {
  return patternLength === 0 ? 1 : Math.max(0, 1 - alignment.distance / patternLength);
}
