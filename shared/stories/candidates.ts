/**
 * Blocking for story grouping: which pairs of articles are worth scoring. Scoring all pairs of
 * 10,000 articles (50 million) is too slow, and two articles about one event share rare features
 * (a name, a date, a place, an unusual word). Each article is indexed under its strongest rare
 * features; pairs that meet under at least `minShared` of them become candidates.
 */
import type { ArticleVector, Vocabulary } from './vectors.ts';

/** Tuning of the blocking step. */
export interface BlockingOptions {
  /** Index keys per article: the strongest cross-lingual features and, as many again, words. */
  keysPerArticle: number;
  /** Features in more articles than this are too common to block on. */
  maxDf: number;
  /** Shared index keys a pair needs to be scored. */
  minShared: number;
}

/** Defaults that scale with the corpus: common features stop being keys as it grows. */
export function defaultBlocking(total: number): BlockingOptions {
  return {
    keysPerArticle: 24,
    maxDf: Math.max(30, Math.round(2 * Math.sqrt(total))),
    minShared: total <= 200 ? 1 : 2,
  };
}

/** The index keys of one article: its heaviest features with 2 ≤ df ≤ maxDf. */
function keysOf(vector: ArticleVector, vocabulary: Vocabulary, options: BlockingOptions): number[] {
  const cross: { id: number; w: number }[] = [];
  const words: { id: number; w: number }[] = [];
  vector.ids.forEach((id, i) => {
    const df = vocabulary.df[id] ?? 0;
    if (df < 2 || df > options.maxDf) return;
    (vector.cross[i] === 1 ? cross : words).push({ id, w: vector.weights[i] ?? 0 });
  });
  const top = (list: { id: number; w: number }[]) =>
    list
      .sort((a, b) => b.w - a.w || a.id - b.id)
      .slice(0, options.keysPerArticle)
      .map((x) => x.id);
  return [...top(cross), ...top(words)];
}

/**
 * Candidate pairs [i, j] with i < j, each once, in ascending order. Deterministic. For small corpora
 * (≤ 200 articles) every pair is a candidate: blocking would only risk losing one.
 */
export function candidatePairs(
  vectors: readonly ArticleVector[],
  vocabulary: Vocabulary,
  options: BlockingOptions = defaultBlocking(vectors.length),
): [number, number][] {
  const n = vectors.length;
  const pairs: [number, number][] = [];
  if (n <= 200) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    return pairs;
  }
  const keys = vectors.map((v) => keysOf(v, vocabulary, options));
  const postings = new Map<number, number[]>();
  keys.forEach((list, i) => {
    for (const id of list) {
      const posting = postings.get(id) ?? [];
      posting.push(i);
      postings.set(id, posting);
    }
  });
  const counts = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const id of keys[i] ?? []) {
      for (const j of postings.get(id) ?? []) {
        if (j <= i) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j] = (counts[j] ?? 0) + 1;
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      if ((counts[j] ?? 0) >= options.minShared) pairs.push([i, j]);
      counts[j] = 0;
    }
    touched.length = 0;
  }
  return pairs;
}
