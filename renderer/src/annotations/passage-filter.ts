/** The panel's filters over annotation rows, and the facets they offer. */
import type { AnnotationFilter, AnnotationRow } from '../../../shared/api/annotation-methods.ts';

export interface PassageFilter {
  codeId: string;
  coder: string;
  articleId: string;
  outlet: string;
  status: '' | 'anchored' | 'orphan';
  /** Free text over quote and note. */
  text: string;
}

export const noFilter: PassageFilter = {
  codeId: '',
  coder: '',
  articleId: '',
  outlet: '',
  status: '',
  text: '',
};

/** An outlet value for articles with none. */
export const unknownOutlet = '\u0000unknown';

export function matchesFilter(row: AnnotationRow, filter: PassageFilter): boolean {
  if (filter.codeId && !row.codeIds.includes(filter.codeId)) return false;
  if (filter.coder && row.coder !== filter.coder) return false;
  if (filter.articleId && row.articleId !== filter.articleId) return false;
  if (filter.outlet && (row.outlet ?? unknownOutlet) !== filter.outlet) return false;
  if (filter.status && row.status !== filter.status) return false;
  const text = filter.text.trim().toLowerCase();
  if (text && !`${row.quote.exact}\n${row.note}`.toLowerCase().includes(text)) return false;
  return true;
}

/** The same filter for the backend (export), without the free text it does not know. */
export function toApiFilter(filter: PassageFilter): AnnotationFilter {
  return {
    ...(filter.codeId ? { codeIds: [filter.codeId] } : {}),
    ...(filter.coder ? { coders: [filter.coder] } : {}),
    ...(filter.articleId ? { articleIds: [filter.articleId] } : {}),
    ...(filter.outlet && filter.outlet !== unknownOutlet ? { outlets: [filter.outlet] } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
}

export interface Facets {
  coders: string[];
  articles: { id: string; title: string; outlet: string | null }[];
  outlets: string[];
  /** How many rows carry each code. */
  codeCounts: Map<string, number>;
  orphans: number;
}

export function facetsOf(rows: readonly AnnotationRow[]): Facets {
  const coders = new Set<string>();
  const articles = new Map<string, { id: string; title: string; outlet: string | null }>();
  const outlets = new Set<string>();
  const codeCounts = new Map<string, number>();
  let orphans = 0;
  for (const row of rows) {
    coders.add(row.coder);
    articles.set(row.articleId, { id: row.articleId, title: row.articleTitle, outlet: row.outlet });
    outlets.add(row.outlet ?? unknownOutlet);
    for (const id of row.codeIds) codeCounts.set(id, (codeCounts.get(id) ?? 0) + 1);
    if (row.status === 'orphan') orphans += 1;
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    coders: [...coders].sort(byName),
    articles: [...articles.values()].sort((a, b) => a.title.localeCompare(b.title)),
    outlets: [...outlets].sort(byName),
    codeCounts,
    orphans,
  };
}
