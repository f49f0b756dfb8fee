/**
 * Alignment of 2–6 articles into rows of passages that report the same fact, across outlets and
 * languages, without machine translation (features: entities, numbers, dates, glossary concepts,
 * words; see similarity.ts for the score).
 *
 * Method. (1) Score every pair of passages from different articles; a pair is a link when it scores
 * at least `threshold` and shares at least two features. (2) One row per pivot passage, in the
 * pivot's order. (3) Repeatedly, the unplaced passage with the strongest link to a placed row
 * joins it, provided its mean score against the row's members from other articles reaches half the
 * threshold (so rows do not grow by chaining one loose link after another). Best first, so a
 * passage goes where it fits best once its partners are placed.
 * (4) The rest form new rows among themselves by the same rule, or stay alone ("only in" rows),
 * placed after the row of the passage that precedes them in their own article, so every column
 * keeps its reading order where it can.
 */
import { extractFeatures } from './features.ts';
import type { Feature } from './features.ts';
import { getDefaultGlossary } from './glossary.ts';
import type { Glossary } from './glossary.ts';
import { buildRows } from './align-rows.ts';
import type { PassageGraph, WorkRow } from './align-rows.ts';
import { quickScore, similarity, weighCollection } from './similarity.ts';
import type { WeightedPassage } from './similarity.ts';

/** A passage to align: offsets into the article's clean body, end exclusive. */
export interface AlignPassage {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** An article to align; `language` is an ISO 639-1 code (en, ru, uk). */
export interface AlignArticle {
  id: string;
  language: string;
  passages: readonly AlignPassage[];
}

/** Options of `alignArticles`. */
export interface AlignOptions {
  /** Id of the article whose order the rows follow. */
  pivot: string;
  /** Minimum link score in [0, 1]; default `DEFAULT_ALIGN_THRESHOLD`. */
  threshold?: number;
  /** Glossary to use; default the shipped one. */
  glossary?: Glossary;
}

/** One row: for every article, the indices of its passages on this row (maybe none). */
export interface AlignedRow {
  cells: Record<string, number[]>;
  /** Mean score of the links that put the passages together; 0 for a single passage. */
  score: number;
  /** Why the passages were put together, one line per link. */
  reasons: string[];
}

/** Link threshold tuned on the seeds: every truth.json pair links, the negatives do not. */
export const DEFAULT_ALIGN_THRESHOLD = 0.1;
/** A link needs at least this many shared features: one shared word is a coincidence. */
const MIN_SHARED = 2;

interface Node {
  article: number;
  passage: number;
  weighted: WeightedPassage;
}

/** Features and weights of every passage of every article, as nodes. */
function buildNodes(articles: readonly AlignArticle[], glossary: Glossary): Node[] {
  const raw: { article: number; passage: number; features: Feature[]; language: string }[] = [];
  articles.forEach((article, ai) => {
    article.passages.forEach((p, pi) => {
      const features = extractFeatures(p.text, glossary);
      raw.push({ article: ai, passage: pi, features, language: article.language });
    });
  });
  const weighted = weighCollection(raw);
  return raw.map((r, i) => ({
    article: r.article,
    passage: r.passage,
    weighted: weighted[i] as WeightedPassage,
  }));
}

/** Scores every pair of passages from different articles; keeps the links (see module doc). */
function buildGraph(nodes: readonly Node[], threshold: number): PassageGraph {
  const n = nodes.length;
  const scores = new Float32Array(n * n);
  const links: number[][] = nodes.map(() => []);
  for (let i = 0; i < n; i++) {
    const a = nodes[i] as Node;
    for (let j = i + 1; j < n; j++) {
      const b = nodes[j] as Node;
      if (a.article === b.article) continue;
      const quick = quickScore(a.weighted, b.weighted);
      if (quick.shared < MIN_SHARED) continue;
      scores[i * n + j] = quick.score;
      scores[j * n + i] = quick.score;
      if (quick.score < threshold) continue;
      links[i]?.push(j);
      links[j]?.push(i);
    }
  }
  for (const [i, list] of links.entries()) {
    list.sort((x, y) => (scores[i * n + y] ?? 0) - (scores[i * n + x] ?? 0) || x - y);
  }
  return {
    articleOf: nodes.map((node) => node.article),
    scores,
    links,
    threshold,
  };
}

/** Aligns 2–6 articles into rows ordered by the pivot article. Deterministic. */
export function alignArticles(
  articles: readonly AlignArticle[],
  options: AlignOptions,
): AlignedRow[] {
  const pivot = articles.findIndex((a) => a.id === options.pivot);
  if (pivot < 0) throw new Error(`alignArticles: pivot ${options.pivot} is not among the articles`);
  const nodes = buildNodes(articles, options.glossary ?? getDefaultGlossary());
  const graph = buildGraph(nodes, options.threshold ?? DEFAULT_ALIGN_THRESHOLD);
  const rows = buildRows(graph, pivot);
  return rows.map((row) => toAlignedRow(row, nodes, articles));
}

function toAlignedRow(
  row: WorkRow,
  nodes: readonly Node[],
  articles: readonly AlignArticle[],
): AlignedRow {
  const cells: Record<string, number[]> = {};
  for (const article of articles) cells[article.id] = [];
  for (const m of row.members) {
    const node = nodes[m] as Node;
    const article = articles[node.article];
    const passage = article?.passages[node.passage];
    if (article && passage) cells[article.id]?.push(passage.index);
  }
  for (const list of Object.values(cells)) list.sort((a, b) => a - b);
  const score = row.joins.length
    ? row.joins.reduce((s, x) => s + x.score, 0) / row.joins.length
    : 0;
  const reasons = row.joins.map((j) => {
    const a = nodes[j.member] as Node;
    const b = nodes[j.via] as Node;
    return similarity(a.weighted, b.weighted).reason;
  });
  return { cells, score, reasons: [...new Set(reasons)].filter((r) => r !== '') };
}
