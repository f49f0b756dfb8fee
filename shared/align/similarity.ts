/**
 * Passage similarity: a weighted cosine over binary feature sets, each feature weighted by its kind
 * and by its rarity (IDF) among the passages being compared, with a readable reason.
 *
 * Method. A feature f of kind k has weight w(f) = KIND_WEIGHTS[k] · ln(1 + N / df(f)), N passages in
 * the collection, df(f) the passages that have f. Two passages score
 *   Σ_{f ∈ A∩B} wA(f)·wB(f) / (√Σ_{f∈A} wA(f)² · √Σ_{f∈B} wB(f)²),
 * in [0, 1]. Across languages only translatable features count (entities, dates, numbers, concepts):
 * untranslated Russian stems cannot match English ones, so they would only dilute the score.
 */
import type { Feature, FeatureKind } from './features.ts';
import { hasCyrillic } from './transliterate.ts';
import { sparseCosine } from './sparse-cosine.ts';

/**
 * Weight of each feature kind. Names and dates identify a fact far better than a shared word: a
 * date (day + month) and a name weigh 3, a number above 12 2 (years recur across a story), a small
 * count (two generals), a glossary concept or a content word 1. A feature's weight is further
 * scaled by √share, so the k senses of one polysemous word together weigh as much as one word.
 */
export const KIND_WEIGHTS: Readonly<Record<FeatureKind, number>> = {
  entity: 3,
  date: 3,
  number: 2,
  count: 1,
  concept: 1,
  word: 1,
};

/** Whether a kind of feature means the same in every language. */
function isCrossLingual(kind: FeatureKind): boolean {
  return kind !== 'word';
}

/** Document frequencies of features over a collection of passages (each passage counts once). */
export function documentFrequencies(
  passages: readonly (readonly Feature[])[],
): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of passages) {
    for (const f of features) df.set(f.key, (df.get(f.key) ?? 0) + 1);
  }
  return df;
}

/** A passage ready for scoring: weighted features, as sorted numeric ids for a fast merge. */
export interface WeightedPassage {
  language: string;
  features: ReadonlyMap<string, Feature>;
  /** Interned feature ids, ascending. */
  ids: Int32Array;
  /** Feature key of `ids[i]`. */
  keys: readonly string[];
  /** Weight of `ids[i]`. */
  weights: Float64Array;
  /** 1 when `ids[i]` is a cross-lingual feature. */
  cross: Uint8Array;
  /** Norm over all features (same-language comparisons). */
  norm: number;
  /** Norm over cross-lingual features only. */
  crossNorm: number;
}

/**
 * Weighs every passage of a collection: document frequencies over the collection, feature keys
 * interned to numbers so that scoring a pair is a merge of two sorted arrays.
 */
export function weighCollection(
  passages: readonly { features: readonly Feature[]; language: string }[],
): WeightedPassage[] {
  const df = documentFrequencies(passages.map((p) => p.features));
  const ids = new Map<string, number>();
  for (const key of df.keys()) ids.set(key, ids.size);
  const total = Math.max(passages.length, 1);
  return passages.map(({ features, language }) => {
    const rows = features.map((f) => {
      const idf = Math.log((total + 1) / Math.max(1, df.get(f.key) ?? 1));
      return { id: ids.get(f.key) ?? -1, w: KIND_WEIGHTS[f.kind] * idf * Math.sqrt(f.share), f };
    });
    rows.sort((a, b) => a.id - b.id);
    let sq = 0;
    let crossSq = 0;
    for (const r of rows) {
      sq += r.w * r.w;
      if (isCrossLingual(r.f.kind)) crossSq += r.w * r.w;
    }
    return {
      language: baseLanguage(language),
      features: new Map(features.map((f) => [f.key, f])),
      ids: Int32Array.from(rows, (r) => r.id),
      keys: rows.map((r) => r.f.key),
      weights: Float64Array.from(rows, (r) => r.w),
      cross: Uint8Array.from(rows, (r) => (isCrossLingual(r.f.kind) ? 1 : 0)),
      norm: Math.sqrt(sq),
      crossNorm: Math.sqrt(crossSq),
    };
  });
}

/** Score of a pair and the features they share, strongest first. */
export interface Similarity {
  /** Weighted cosine in [0, 1]. */
  score: number;
  shared: Feature[];
  /** "shared entities: Gerasimov, Pavel; numbers: 3 March; words: contact, NATO" or ''. */
  reason: string;
}

/** Base language code: en-GB → en. Ukrainian and Russian stay apart: their words differ. */
function baseLanguage(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? language;
}

/**
 * The score of a pair and how many features they share, without building the reason: the hot loop
 * of alignment. Both passages must come from the same `weighCollection` call.
 */
export function quickScore(
  a: WeightedPassage,
  b: WeightedPassage,
): { score: number; shared: number } {
  return sparseCosine(a, b);
}

/** Scores two weighted passages and says why. */
export function similarity(a: WeightedPassage, b: WeightedPassage): Similarity {
  const { score } = quickScore(a, b);
  const cross = a.language !== b.language;
  const shared: { feature: Feature; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const feature = labelFor(a, b, a.keys[i] ?? '');
      if (feature && (!cross || a.cross[i] === 1)) {
        shared.push({ feature, weight: (a.weights[i] as number) * (b.weights[j] as number) });
      }
      i++;
      j++;
    }
  }
  shared.sort((x, y) => y.weight - x.weight || x.feature.key.localeCompare(y.feature.key));
  const features = shared.map((s) => s.feature);
  return { score, shared: features, reason: describeShared(features) };
}

/**
 * The shared feature as labelled in the passage that writes it in Latin script when there is one
 * (Gerasimov over Герасимовым, lines of communication over линии связи), else in `a`.
 */
function labelFor(a: WeightedPassage, b: WeightedPassage, key: string): Feature | undefined {
  const fa = a.features.get(key);
  const fb = b.features.get(key);
  if (fa === undefined || fb === undefined) return fa ?? fb;
  return hasCyrillic(fa.label) && !hasCyrillic(fb.label) ? fb : fa;
}

/** The reason line: shared entities, numbers (dates first), words (concepts and stems), 5 each. */
export function describeShared(shared: readonly Feature[]): string {
  const pick = (kinds: readonly FeatureKind[]) =>
    [...new Set(shared.filter((f) => kinds.includes(f.kind)).map((f) => f.label))].slice(0, 5);
  const parts: string[] = [];
  const entities = pick(['entity']);
  const numbers = pick(['date', 'number', 'count']);
  const words = pick(['concept', 'word']);
  if (entities.length > 0) parts.push(`shared entities: ${entities.join(', ')}`);
  if (numbers.length > 0) parts.push(`numbers: ${numbers.join(', ')}`);
  if (words.length > 0) parts.push(`words: ${words.join(', ')}`);
  return parts.join('; ');
}
