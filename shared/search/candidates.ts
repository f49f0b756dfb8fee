/**
 * Candidate selection, the pure half of the first stage. A quote is looked up as a set of *probes*:
 * its word-pair keys (adjacent and one apart, see pair-keys.ts) and its distinct words. Each probe
 * is read with a cap; a probe that fills the cap is "common" and carries no weight (it would cost
 * the most and tell the least). Passages are ranked by the summed inverse document frequency of the
 * rare probes they contain.
 *
 * Why this finds the passage a quote came from, typos and all: the source passage contains every
 * intact probe of the quote, so no other passage can outscore it on intact probes; a typo removes
 * only its own word and the pairs touching it, for every passage alike, and the skip pair across it
 * survives. Pairs are rare even when both words are common, so common words cost one capped read.
 */
import { keysOfWords } from './pair-keys.ts';

/**
 * One look-up: a word in the full-text index (`passages_fts`), or a word-pair key in the pair index
 * (`search_pairs`, see pair-keys.ts).
 */
export interface Probe {
  /** `prefix`: a word still being typed, matched as the start of any word. */
  kind: 'word' | 'pair' | 'prefix';
  token: string;
}

/** The result of one probe: passage ids (any order) and whether the cap cut the list short. */
export interface ProbeResult {
  probe: Probe;
  ids: ArrayLike<number>;
  isCapped: boolean;
  /** A fixed weight instead of the inverse document frequency (see {@link allPairsBonus}). */
  weight?: number;
}

/**
 * Weight of the passages holding *every* pair key of the quote found in the library: far above any
 * sum of IDFs, so they are verified first. A typo makes pairs that exist nowhere, so the pairs that
 * do exist are almost always intact, and the source passage holds them all.
 */
export const allPairsBonus = 1000;

/** An FTS5 expression matching passages that hold every one of `probes`. */
export function allOfExpression(probes: readonly Probe[]): string {
  return probes.map(ftsExpression).join(' AND ');
}

/** A ranked candidate passage: its id and summed probe weight. */
export interface Candidate {
  id: number;
  weight: number;
}

/** Words of one letter carry no information and match everywhere ("a", "в", "s" of "NATO's"). */
const MIN_WORD_LENGTH = 2;

/**
 * The probes of a quote given as skeleton words: its pair keys, then its distinct words longest
 * first (longer words tend to be rarer); probes known to be common are left out.
 */
export function queryProbes(
  words: readonly string[],
  isCommon: (probe: Probe) => boolean,
): Probe[] {
  const probes: Probe[] = [];
  const seen = new Set<string>();
  const add = (probe: Probe) => {
    const id = `${probe.kind}:${probe.token}`;
    if (seen.has(id) || isCommon(probe)) return;
    seen.add(id);
    probes.push(probe);
  };
  for (const { key } of keysOfWords(words)) add({ kind: 'pair', token: key });
  const byLength = words.filter((w) => w.length >= MIN_WORD_LENGTH);
  byLength.sort((a, b) => b.length - a.length);
  for (const word of byLength) add({ kind: 'word', token: word });
  return probes;
}

/** The FTS5 MATCH expression for a probe: the token as a quoted string, embedded quotes doubled. */
export function ftsExpression(probe: Probe): string {
  const quoted = `"${probe.token.replace(/"/g, '""')}"`;
  return probe.kind === 'prefix' ? `${quoted}*` : quoted;
}

/** Shortest unfinished word looked up as a prefix: shorter ones match too many terms to be cheap. */
const MIN_PREFIX_LENGTH = 4;

/**
 * The prefix probe for a query typed so far, when its last word may be unfinished (the text ends in
 * a letter or digit) and is long enough; else null.
 */
export function prefixProbe(text: string, words: readonly string[]): Probe | null {
  const last = words.at(-1) ?? '';
  if (last.length < MIN_PREFIX_LENGTH || !/[\p{L}\p{N}]$/u.test(text)) return null;
  return { kind: 'prefix', token: last };
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
    const weight =
      result.weight ?? (result.isCapped ? 1 : probeWeight(result.ids.length, totalPassages));
    for (let i = 0; i < result.ids.length; i += 1) {
      const id = result.ids[i] ?? 0;
      weights.set(id, (weights.get(id) ?? 0) + weight);
    }
  }
  // Sorting tens of thousands of one-probe passages is most of the cost at scale and only the
  // front is verified: sort those holding at least half the best weight, unless too few do.
  let best = 0;
  for (const weight of weights.values()) if (weight > best) best = weight;
  let ranked: Candidate[] = [];
  for (const [id, weight] of weights) if (weight >= best * 0.5) ranked.push({ id, weight });
  if (ranked.length < limit) {
    ranked = [];
    for (const [id, weight] of weights) ranked.push({ id, weight });
  }
  ranked.sort((a, b) => b.weight - a.weight || a.id - b.id);
  return ranked.slice(0, limit);
}
