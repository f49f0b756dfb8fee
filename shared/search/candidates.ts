/**
 * Candidate selection, the pure half of the first stage. A quote is looked up in the full-text index
 * as a set of *probes*: its distinct words, and where words alone are too common, its adjacent word
 * pairs as phrases. Each probe is read with a cap; a probe that hits the cap is "common" and carries
 * no weight (it would cost the most and tell the least). Passages are then ranked by the summed
 * inverse document frequency of the rare probes they contain.
 *
 * Why this finds the passage a quote came from, typos and all: the source passage contains every
 * intact probe of the quote, so no other passage can outscore it on intact probes; a typo only
 * removes its own word and the two pairs around it, for everyone alike. With 5+ words and at most 3
 * typos at least two words survive, and a 5-word window almost never consists only of words that
 * are common *and* pairs that are common.
 */

/** One look-up in the full-text index: a word, or adjacent words as a phrase. */
export interface Probe {
  /** The skeleton words, in order; one word or two. */
  words: string[];
}

/** The result of one probe: passage ids (any order) and whether the cap cut the list short. */
export interface ProbeResult {
  probe: Probe;
  ids: ArrayLike<number>;
  isCapped: boolean;
}

/** A ranked candidate passage: its id and summed probe weight. */
export interface Candidate {
  id: number;
  weight: number;
}

/** Words of one letter carry no information and match everywhere ("a", "в", "s" of "NATO's"). */
const MIN_WORD_LENGTH = 2;

/** The quote's distinct words worth probing, longest first (longer words tend to be rarer). */
export function wordProbes(words: readonly string[], isCommon: (word: string) => boolean): Probe[] {
  const seen = new Set<string>();
  const probes: Probe[] = [];
  for (const word of words) {
    if (word.length < MIN_WORD_LENGTH || seen.has(word) || isCommon(word)) continue;
    seen.add(word);
    probes.push({ words: [word] });
  }
  return probes.sort((a, b) => (b.words[0]?.length ?? 0) - (a.words[0]?.length ?? 0));
}

/**
 * Adjacent pairs where neither word is already a rare probe of its own (a pair with a rare word is
 * subsumed by that word's list). `rare` holds words found rare.
 */
export function pairProbes(words: readonly string[], rare: ReadonlySet<string>): Probe[] {
  const seen = new Set<string>();
  const probes: Probe[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const a = words[i] ?? '';
    const b = words[i + 1] ?? '';
    if (rare.has(a) || rare.has(b)) continue;
    const key = `${a} ${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    probes.push({ words: [a, b] });
  }
  return probes;
}

/** An FTS5 MATCH expression for a probe: a quoted phrase, with embedded quotes doubled. */
export function ftsExpression(probe: Probe): string {
  return `"${probe.words.join(' ').replace(/"/g, '""')}"`;
}

/** Inverse document frequency of a probe found in `count` of `total` passages. */
export function probeWeight(count: number, total: number): number {
  return Math.log(1 + Math.max(total, 1) / Math.max(count, 1));
}

/**
 * Ranks passages by the summed weight of the rare (uncapped, non-empty) probes they contain and
 * returns the best `limit`; ties keep the lower id for determinism. When every probe was capped the
 * capped lists are used as they are, each at a nominal weight, so a search still returns something.
 */
export function rankCandidates(
  results: readonly ProbeResult[],
  totalPassages: number,
  limit: number,
): Candidate[] {
  const rare = results.filter((r) => !r.isCapped && r.ids.length > 0);
  const used = rare.length > 0 ? rare : results.filter((r) => r.ids.length > 0);
  const weights = new Map<number, number>();
  for (const result of used) {
    const weight = result.isCapped ? 1 : probeWeight(result.ids.length, totalPassages);
    for (let i = 0; i < result.ids.length; i += 1) {
      const id = result.ids[i] ?? 0;
      weights.set(id, (weights.get(id) ?? 0) + weight);
    }
  }
  const ranked: Candidate[] = [];
  for (const [id, weight] of weights) ranked.push({ id, weight });
  ranked.sort((a, b) => b.weight - a.weight || a.id - b.id);
  return ranked.slice(0, limit);
}
