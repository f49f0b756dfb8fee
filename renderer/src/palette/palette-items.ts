/**
 * What the command palette can jump to, and the fuzzy matching over their names. Fuse.js fits
 * here: the fields are short (titles, story names, outlets), where its Bitap scoring is quick and
 * good; passages are the search engine's job, not the palette's.
 */
import Fuse, { type FuseResult, type RangeTuple } from 'fuse.js';

export type PaletteItem =
  | { kind: 'article'; key: string; id: string; label: string; detail: string; lang: string | null }
  | { kind: 'story'; key: string; id: string; label: string; detail: string; articleIds: string[] }
  | { kind: 'outlet'; key: string; label: string; detail: string }
  | { kind: 'code'; key: string; id: string; label: string; detail: string }
  | {
      kind: 'view';
      key: string;
      view: 'library' | 'stories' | 'compare' | 'search' | 'annotations';
      label: string;
      detail: string;
    };

export const viewItems: PaletteItem[] = [
  { kind: 'view', key: 'view:library', view: 'library', label: 'Library', detail: 'All articles' },
  {
    kind: 'view',
    key: 'view:search',
    view: 'search',
    label: 'Search',
    detail: 'Quotes and passages',
  },
  {
    kind: 'view',
    key: 'view:stories',
    view: 'stories',
    label: 'Stories',
    detail: 'Coverage grouped by event',
  },
  {
    kind: 'view',
    key: 'view:compare',
    view: 'compare',
    label: 'Compare',
    detail: 'Outlets side by side',
  },
  {
    kind: 'view',
    key: 'view:annotations',
    view: 'annotations',
    label: 'Annotations',
    detail: 'Coded passages, codebooks, coders',
  },
];

export interface PaletteMatch {
  item: PaletteItem;
  /** Ranges of `item.label` that matched, for highlighting. */
  ranges: readonly RangeTuple[];
}

/** A searcher over `items`; an empty query lists the first `limit` items as they are. */
export function createPaletteSearch(items: readonly PaletteItem[]) {
  const fuse = new Fuse(items, {
    keys: [
      { name: 'label', weight: 1 },
      { name: 'detail', weight: 0.25 },
    ],
    threshold: 0.38,
    ignoreLocation: true,
    ignoreDiacritics: true,
    includeMatches: true,
    minMatchCharLength: 2,
  });
  return (query: string, limit: number): PaletteMatch[] => {
    const trimmed = query.trim();
    if (!trimmed) return items.slice(0, limit).map((item) => ({ item, ranges: [] }));
    return fuse.search(trimmed, { limit }).map((result: FuseResult<PaletteItem>) => ({
      item: result.item,
      ranges: result.matches?.find((match) => match.key === 'label')?.indices ?? [],
    }));
  };
}

/** `label` cut into plain and matched pieces (ranges are inclusive, as Fuse gives them). */
export function labelPieces(label: string, ranges: readonly RangeTuple[]) {
  const pieces: { text: string; isMatch: boolean }[] = [];
  let at = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (from < at) continue;
    if (from > at) pieces.push({ text: label.slice(at, from), isMatch: false });
    pieces.push({ text: label.slice(from, to + 1), isMatch: true });
    at = to + 1;
  }
  if (at < label.length) pieces.push({ text: label.slice(at), isMatch: false });
  return pieces;
}
