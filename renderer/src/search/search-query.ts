/**
 * What the search view edits (text, filters, scope) and the `search.query` input it makes; how a
 * saved search comes back into the view; and the hit display helpers (grouping, span, score).
 */
import type { SavedSearch } from '../../../shared/search/search-history.ts';
import type { SearchHit, SearchQueryInput } from '../../../shared/search/search-schemas.ts';
import type { PassageTarget } from '../reader/passage-target.ts';

/** Filter controls; empty strings and arrays mean "no filter". */
export interface SearchFilters {
  outlets: string[];
  language: string;
  publishedFrom: string;
  publishedTo: string;
  storyId: string;
}

export const emptySearchFilters: SearchFilters = {
  outlets: [],
  language: '',
  publishedFrom: '',
  publishedTo: '',
  storyId: '',
};

/**
 * A narrowing that is not a filter control: "find elsewhere" leaves out the article the selection
 * came from; a saved search may be limited to a set of articles that is no longer a story.
 */
export interface SearchScope {
  label: string;
  excludeArticleIds?: string[];
  articleIds?: string[];
}

/** Hits asked for: enough to scroll through, few enough to render at once. */
export const hitLimit = 60;
export const hitsPerArticle = 3;

export function hasActiveFilters(filters: SearchFilters): boolean {
  return (
    filters.outlets.length > 0 ||
    filters.language !== '' ||
    filters.publishedFrom !== '' ||
    filters.publishedTo !== '' ||
    filters.storyId !== ''
  );
}

/**
 * The `search.query` input, or null when there is nothing to search for. `storyArticles` are the
 * members of the chosen story (null while stories load: the story filter waits, it is not dropped).
 */
export function toSearchInput(
  text: string,
  filters: SearchFilters,
  scope: SearchScope | null,
  storyArticles: string[] | null,
): SearchQueryInput | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (filters.storyId && !storyArticles) return null;
  const input: SearchQueryInput = { text: trimmed, limit: hitLimit, perArticle: hitsPerArticle };
  if (filters.outlets.length > 0) input.outlets = filters.outlets;
  if (filters.language) input.languages = [filters.language];
  if (filters.publishedFrom) input.publishedFrom = filters.publishedFrom;
  if (filters.publishedTo) input.publishedTo = filters.publishedTo;
  const only = filters.storyId ? storyArticles : (scope?.articleIds ?? null);
  if (only) input.articleIds = only;
  if (scope?.excludeArticleIds?.length) {
    input.excludeArticleIds = scope.excludeArticleIds;
    // "Find elsewhere" also looks in the other language, through names, numbers and the glossary.
    input.crossLanguage = true;
  }
  return input;
}

/** The view state a saved search restores; its article set becomes the story it matches, if any. */
export function fromSavedSearch(
  saved: SavedSearch,
  stories: readonly { id: string; articleIds: readonly string[] }[],
): { text: string; filters: SearchFilters; scope: SearchScope | null } {
  const { query } = saved;
  const ids = query.articleIds ?? null;
  const story = ids ? stories.find((candidate) => sameSet(candidate.articleIds, ids)) : undefined;
  const filters: SearchFilters = {
    outlets: query.outlets ?? [],
    language: query.languages?.[0] ?? '',
    publishedFrom: query.publishedFrom ?? '',
    publishedTo: query.publishedTo ?? '',
    storyId: story?.id ?? '',
  };
  const exclude = query.excludeArticleIds ?? [];
  const keepIds = ids && !story ? ids : undefined;
  const scope: SearchScope | null =
    keepIds || exclude.length > 0
      ? {
          label: keepIds ? `${keepIds.length} chosen articles` : 'other articles only',
          ...(keepIds ? { articleIds: keepIds } : {}),
          ...(exclude.length > 0 ? { excludeArticleIds: exclude } : {}),
        }
      : null;
  return { text: query.text, filters, scope };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** One article's hits, in the backend's order, with each hit's place in the flat keyboard order. */
export interface HitGroup {
  article: string;
  first: SearchHit;
  hits: { hit: SearchHit; index: number }[];
}

/** Groups consecutive hits of the same article (the backend keeps an article's hits together). */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups: HitGroup[] = [];
  hits.forEach((hit, index) => {
    const last = groups.at(-1);
    if (last && last.article === hit.article) last.hits.push({ hit, index });
    else groups.push({ article: hit.article, first: hit, hits: [{ hit, index }] });
  });
  return groups;
}

/** Context shown around the match; a long passage is cut at word boundaries with an ellipsis. */
const contextBeforeChars = 160;
const contextAfterChars = 260;

function tail(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(-maxChars);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < 24 ? cut.slice(space + 1) : cut}`;
}

function head(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars - 24 ? cut.slice(0, space) : cut}…`;
}

const wordChar = /[\p{L}\p{M}\p{N}]/u;

/**
 * The hit's span as offsets into its passage text, widened to whole words: the aligner may start
 * a span inside a word ("high-l|evel military contact"), and a half-marked word reads as a bug.
 */
export function wordSpan(hit: SearchHit): { from: number; to: number } {
  const { text } = hit;
  const clamp = (offset: number) => Math.min(Math.max(offset - hit.passageStart, 0), text.length);
  let from = clamp(hit.start);
  let to = Math.max(clamp(hit.end), from);
  if (to === from) return { from, to };
  while (from > 0 && wordChar.test(text.charAt(from - 1)) && wordChar.test(text.charAt(from))) {
    from -= 1;
  }
  while (to < text.length && wordChar.test(text.charAt(to)) && wordChar.test(text.charAt(to - 1))) {
    to += 1;
  }
  return { from, to };
}

/** The passage cut around its matched span, as plain strings to render as text. */
export function hitParts(hit: SearchHit): { before: string; match: string; after: string } {
  const { from, to } = wordSpan(hit);
  return {
    before: tail(hit.text.slice(0, from), contextBeforeChars),
    match: hit.text.slice(from, to),
    after: head(hit.text.slice(to), contextAfterChars),
  };
}

/** "exact" for a verbatim occurrence (after normalisation), else a percentage. */
export function formatScore(score: number): string {
  if (score >= 0.9995) return 'exact';
  return `${Math.floor(score * 100)}%`;
}

/** Where the reader lands for a hit: its passage, flashed, with the matched span marked. */
export function hitTarget(hit: SearchHit): PassageTarget {
  const { from, to } = wordSpan(hit);
  return {
    passageStart: hit.passageStart,
    passageEnd: hit.passageStart + hit.text.length,
    start: hit.passageStart + from,
    end: hit.passageStart + to,
  };
}
