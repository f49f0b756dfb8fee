/**
 * Article vectors for story grouping: the alignment features (entities keyed across scripts,
 * numbers, dates, glossary concepts, content words) counted over the title and body, weighted by
 * kind × (1 + ln tf) × idf over the corpus, with a second norm over the cross-lingual features so a
 * Russian article can be compared with an English one.
 */
import { extractFeatures } from '../align/features.ts';
import type { Feature, FeatureKind } from '../align/features.ts';
import type { Glossary } from '../align/glossary.ts';
import { sparseCosine } from '../align/sparse-cosine.ts';

/**
 * Weight of each kind of feature for grouping. Names and dates of the event weigh most; numbers
 * (troop counts, years) less, as they recur across episodes of a story; small counts hardly at all.
 */
export const STORY_KIND_WEIGHTS: Readonly<Record<FeatureKind, number>> = {
  entity: 3,
  date: 2.5,
  number: 1.5,
  count: 0.5,
  concept: 1,
  word: 1,
};

/** Title words count this many times: a headline names the event. */
const TITLE_BOOST = 2;

/** Feature counts of one article. */
export interface ArticleCounts {
  language: string;
  counts: Map<string, number>;
  kinds: Map<string, FeatureKind>;
  labels: Map<string, string>;
}

/** Counts the features of an article's title and passages (or body lines when none are given). */
export function countFeatures(
  title: string,
  texts: readonly string[],
  language: string,
  glossary: Glossary,
): ArticleCounts {
  const counts = new Map<string, number>();
  const kinds = new Map<string, FeatureKind>();
  const labels = new Map<string, string>();
  const add = (features: readonly Feature[], times: number) => {
    for (const f of features) {
      counts.set(f.key, (counts.get(f.key) ?? 0) + times * f.share);
      if (!kinds.has(f.key)) {
        kinds.set(f.key, f.kind);
        labels.set(f.key, f.label);
      }
    }
  };
  if (title.trim() !== '') add(extractFeatures(title, glossary), TITLE_BOOST);
  for (const text of texts) add(extractFeatures(text, glossary), 1);
  return { language: language.toLowerCase().split(/[-_]/)[0] ?? language, counts, kinds, labels };
}

/** A weighted, sparse article vector (ids ascending) with its two norms. */
export interface ArticleVector {
  language: string;
  ids: Int32Array;
  weights: Float64Array;
  cross: Uint8Array;
  norm: number;
  crossNorm: number;
}

/** The corpus-level view: document frequencies and interned feature ids. */
export interface Vocabulary {
  df: Int32Array;
  ids: ReadonlyMap<string, number>;
  keys: readonly string[];
  kinds: readonly FeatureKind[];
  total: number;
}

/** Interns every feature of the corpus and counts the articles that have it. */
export function buildVocabulary(articles: readonly ArticleCounts[]): Vocabulary {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const kinds: FeatureKind[] = [];
  const df: number[] = [];
  for (const a of articles) {
    for (const key of a.counts.keys()) {
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        kinds.push(a.kinds.get(key) ?? 'word');
        df.push(0);
      }
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  return { df: Int32Array.from(df), ids, keys, kinds, total: articles.length };
}

/**
 * Added to every IDF (as scikit-learn's smooth IDF adds 1): in a small library a feature every
 * article has (NATO in five NATO articles) would otherwise weigh nothing, yet it is what a topic
 * shares.
 */
const IDF_OFFSET = 0.5;

/** Inverse document frequency of a feature id: ln((N + 1) / df) + IDF_OFFSET. */
export function idf(vocabulary: Vocabulary, id: number): number {
  return Math.log((vocabulary.total + 1) / Math.max(1, vocabulary.df[id] ?? 1)) + IDF_OFFSET;
}

/** Builds the weighted vector of one article. */
export function toVector(article: ArticleCounts, vocabulary: Vocabulary): ArticleVector {
  const rows: { id: number; w: number; cross: number }[] = [];
  for (const [key, tf] of article.counts) {
    const id = vocabulary.ids.get(key);
    if (id === undefined) continue;
    const kind = vocabulary.kinds[id] ?? 'word';
    const w = STORY_KIND_WEIGHTS[kind] * (1 + Math.log(Math.max(tf, 1))) * idf(vocabulary, id);
    rows.push({ id, w, cross: kind === 'word' ? 0 : 1 });
  }
  rows.sort((a, b) => a.id - b.id);
  let sq = 0;
  let crossSq = 0;
  for (const r of rows) {
    sq += r.w * r.w;
    if (r.cross) crossSq += r.w * r.w;
  }
  return {
    language: article.language,
    ids: Int32Array.from(rows, (r) => r.id),
    weights: Float64Array.from(rows, (r) => r.w),
    cross: Uint8Array.from(rows, (r) => r.cross),
    norm: Math.sqrt(sq),
    crossNorm: Math.sqrt(crossSq),
  };
}

/**
 * Cosine of two article vectors; across languages over the cross-lingual features only (content
 * words of two languages cannot match, so they would only dilute the score).
 */
export function cosine(a: ArticleVector, b: ArticleVector): number {
  return sparseCosine(a, b).score;
}
