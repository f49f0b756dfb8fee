/**
 * Grouping articles into stories (coverage of one event), across languages, deterministically.
 *
 * Method.
 * 1. Each article becomes a vector of the alignment features over its title (×2) and passages:
 *    named entities keyed across scripts and cases (Герасимовым = Gerasimov), dates (3 March),
 *    numbers, places and other glossary concepts (language-independent ids), content words (same
 *    language only). Weight = kind weight (entity 3, date 2.5, number 1.5, small count 0.5, concept
 *    1, word 1; see vectors.ts) × (1 + ln tf) × ln((N + 1) / df): TF-IDF over the corpus.
 * 2. Pairs to score come from an inverted index on each article's rarest strong features
 *    (candidates.ts), not from all pairs.
 * 3. A pair scores cosine(a, b) — over cross-lingual features only when the languages differ — times
 *    a publication-date factor: at 'event' granularity 1 within 3 days, falling to 0 at 21 days (two
 *    meetings of the same generals months apart are two stories); at 'topic' granularity dates do
 *    not count. Unknown dates never count against a pair.
 * 4. Pairs at or above the threshold are joined strongest first (Kruskal order), unless the join
 *    breaks a manual decision (decisions are applied first, so re-running the grouping keeps them)
 *    or the two groups' members match on average below `chainGuard` × threshold: at 'event'
 *    granularity the whole threshold (average linkage, so one roundup that reports two events does
 *    not chain them), at 'topic' half of it (episodes of a topic may meet only through neighbours).
 * 5. A story's id is its pinned id when the user pinned it, else derived from its sorted member ids;
 *    its title is the user's, else the title of its most central article.
 */
import type { Glossary } from '../align/glossary.ts';
import { getDefaultGlossary } from '../align/glossary.ts';
import { candidatePairs } from './candidates.ts';
import { ConstrainedSets } from './constraints.ts';
import { dateFactor, dayNumber } from './dates.ts';
import { buildVocabulary, cosine, countFeatures, toVector } from './vectors.ts';
import type { ArticleVector } from './vectors.ts';

/** An article to group. `published` is an ISO date or date-time, or null when unknown. */
export interface StoryArticle {
  id: string;
  language: string;
  title: string;
  published: string | null;
  body: string;
  /** The article's passages; when absent or empty, the body's lines are used. */
  passages?: readonly { text: string }[];
}

/** Decisions the user made by hand; automatic grouping never undoes them. */
export interface StoryDecisions {
  /** Article → story id: articles pinned to one id form that story; different ids never merge. */
  pins?: readonly { articleId: string; storyId: string }[];
  /** Groups of articles that must share a story (a merge, a move next to another article). */
  together?: readonly (readonly string[])[];
  /** Pairs of article groups that must not share a story (a split, a move away). */
  apart?: readonly (readonly [readonly string[], readonly string[]])[];
  /** Story id → title chosen by the user (a rename). */
  titles?: Readonly<Record<string, string>>;
}

/** How coarse stories are: one event, or the long-running topic its episodes belong to. */
export type Granularity = 'event' | 'topic';

/** Options of `groupStories`. */
export interface GroupOptions {
  /** Default 'event'. */
  granularity?: Granularity;
  /** Minimum pair score in [0, 1] to join; default per granularity (`GRANULARITY_PRESETS`). */
  threshold?: number;
  decisions?: StoryDecisions;
  glossary?: Glossary;
}

/** A story: a stable id, a title and its articles (ids, input order). */
export interface Story {
  id: string;
  title: string;
  articles: string[];
}

/** Threshold and date window of each granularity, tuned on the seeds and the synthetic tests. */
export const GRANULARITY_PRESETS: Readonly<
  Record<Granularity, { threshold: number; fullDays: number; zeroDays: number; chainGuard: number }>
> = {
  event: { threshold: 0.2, fullDays: 3, zeroDays: 21, chainGuard: 1 },
  topic: { threshold: 0.06, fullDays: 0, zeroDays: Number.POSITIVE_INFINITY, chainGuard: 0.5 },
};

/** Groups articles into stories; see the module comment for the method. */
export function groupStories(
  articles: readonly StoryArticle[],
  options: GroupOptions = {},
): Story[] {
  const preset = GRANULARITY_PRESETS[options.granularity ?? 'event'];
  const threshold = options.threshold ?? preset.threshold;
  const glossary = options.glossary ?? getDefaultGlossary();
  const counts = articles.map((a) => {
    const texts = a.passages?.length ? a.passages.map((p) => p.text) : a.body.split(/\n+/);
    return countFeatures(a.title, texts, a.language, glossary);
  });
  const vocabulary = buildVocabulary(counts);
  const vectors = counts.map((c) => toVector(c, vocabulary));
  const days = articles.map((a) => dayNumber(a.published));
  const sets = new ConstrainedSets(articles.length);
  applyDecisions(sets, articles, options.decisions ?? {});

  const pairScore = (i: number, j: number): number => {
    const di = days[i] ?? null;
    const dj = days[j] ?? null;
    const factor = dateFactor(
      di === null || dj === null ? null : dj - di,
      preset.fullDays,
      preset.zeroDays,
    );
    return factor === 0
      ? 0
      : cosine(vectors[i] as ArticleVector, vectors[j] as ArticleVector) * factor;
  };
  const edges: { i: number; j: number; score: number }[] = [];
  for (const [i, j] of candidatePairs(vectors, vocabulary)) {
    const score = pairScore(i, j);
    if (score >= threshold) edges.push({ i, j, score });
  }
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const e of edges) {
    if (sets.find(e.i) === sets.find(e.j)) continue;
    const mean = meanScore(sets.members(e.i), sets.members(e.j), pairScore);
    if (mean < preset.chainGuard * threshold) continue;
    sets.union(e.i, e.j);
  }
  return collectStories(articles, vectors, sets, options.decisions?.titles ?? {});
}

/** Members of each side compared by the chain guard (the first to join: the core of the story). */
const GUARD_SAMPLE = 12;

/** Mean pair score between two groups, over their first `GUARD_SAMPLE` members each. */
function meanScore(
  a: readonly number[],
  b: readonly number[],
  pairScore: (i: number, j: number) => number,
): number {
  const left = a.slice(0, GUARD_SAMPLE);
  const right = b.slice(0, GUARD_SAMPLE);
  let sum = 0;
  for (const i of left) for (const j of right) sum += pairScore(i, j);
  return sum / (left.length * right.length);
}

/** Applies pins, togethers and aparts; later automatic joins must respect them. */
function applyDecisions(
  sets: ConstrainedSets,
  articles: readonly StoryArticle[],
  decisions: StoryDecisions,
): void {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const indices = (ids: readonly string[]) =>
    ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  const firstOfPin = new Map<string, number>();
  for (const { articleId, storyId } of decisions.pins ?? []) {
    const i = index.get(articleId);
    if (i === undefined) continue;
    const first = firstOfPin.get(storyId);
    if (first === undefined) firstOfPin.set(storyId, i);
    else sets.union(first, i, true);
    sets.setPin(i, storyId);
  }
  for (const group of decisions.together ?? []) {
    const [first, ...rest] = indices(group);
    for (const i of rest) if (first !== undefined) sets.union(first, i);
  }
  for (const [left, right] of decisions.apart ?? []) {
    for (const a of indices(left)) for (const b of indices(right)) sets.forbid(a, b);
  }
}

/** 64-bit FNV-1a of a string, as 16 hex digits: story ids derived from member ids. */
function hashIds(ids: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (const ch of ids.join('\n')) {
    const c = ch.codePointAt(0) ?? 0;
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    h2 = (h2 ^ (h1 >>> 7)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The member most similar to the others (at most 50 compared), ties to the earlier one. */
function centralMember(members: readonly number[], vectors: readonly ArticleVector[]): number {
  const sample = members.slice(0, 50);
  let best = sample[0] ?? 0;
  let bestSum = -1;
  for (const i of sample) {
    let sum = 0;
    for (const j of sample)
      if (i !== j) sum += cosine(vectors[i] as ArticleVector, vectors[j] as ArticleVector);
    if (sum > bestSum) {
      bestSum = sum;
      best = i;
    }
  }
  return best;
}

function collectStories(
  articles: readonly StoryArticle[],
  vectors: readonly ArticleVector[],
  sets: ConstrainedSets,
  titles: Readonly<Record<string, string>>,
): Story[] {
  const byRoot = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = sets.find(i);
    const list = byRoot.get(root) ?? [];
    list.push(i);
    byRoot.set(root, list);
  });
  const stories = [...byRoot.values()].map((members) => {
    const ids = members.map((i) => articles[i]?.id ?? '');
    const pinned = sets.pinOf(members[0] ?? 0);
    const id = pinned ?? `story-${hashIds([...ids].sort())}`;
    const central = articles[centralMember(members, vectors)];
    return { id, title: titles[id] ?? central?.title ?? '', articles: ids };
  });
  return stories.sort(
    (a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
