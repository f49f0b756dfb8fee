/**
 * Bounded Levenshtein distance between two words, for correcting a misspelt query word against the
 * library's vocabulary: only a diagonal band of width 2·max+1 is computed, and it gives up as soon
 * as every cell of a row exceeds the bound.
 */

/** The edit distance between `a` and `b` if it is at most `max`, else `max + 1`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(over);
    current[0] = i <= max ? i : over;
    let rowBest = current[0] ?? over;
    for (let j = from; j <= to; j += 1) {
      const substitution =
        (previous[j - 1] ?? over) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(
        substitution,
        (previous[j] ?? over) + 1,
        (current[j - 1] ?? over) + 1,
        over,
      );
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] ?? over, over);
}

/** How many edits a misspelt word of this length may carry: 1 up to 6 letters, then 2. */
export function wordEditBudget(length: number): number {
  return length <= 6 ? 1 : 2;
}
