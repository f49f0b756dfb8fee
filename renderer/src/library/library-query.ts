import type { ArticleQuery } from '../../../shared/api/schemas.ts';

export type SortField = NonNullable<ArticleQuery['sort']>;
export type SortDirection = NonNullable<ArticleQuery['direction']>;

export interface SortState {
  field: SortField;
  direction: SortDirection;
}

/** What the filter bar edits; empty strings and arrays mean "no filter". */
export interface LibraryFilters {
  text: string;
  outlets: string[];
  language: string;
  publishedFrom: string;
  publishedTo: string;
}

export const emptyFilters: LibraryFilters = {
  text: '',
  outlets: [],
  language: '',
  publishedFrom: '',
  publishedTo: '',
};

export const defaultSort: SortState = { field: 'importedAt', direction: 'desc' };

export function hasActiveFilters(filters: LibraryFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.outlets.length > 0 ||
    filters.language !== '' ||
    filters.publishedFrom !== '' ||
    filters.publishedTo !== ''
  );
}

/** The `articles.list` input for the filters and sort, without paging. */
export function toListQuery(filters: LibraryFilters, sort: SortState): ArticleQuery {
  const query: ArticleQuery = { sort: sort.field, direction: sort.direction };
  const text = filters.text.trim();
  if (text) query.text = text;
  if (filters.outlets.length > 0) query.outlets = filters.outlets;
  if (filters.language) query.languages = [filters.language];
  if (filters.publishedFrom) query.publishedFrom = filters.publishedFrom;
  if (filters.publishedTo) query.publishedTo = filters.publishedTo;
  return query;
}

/** Clicking a header: same column flips the direction; a new column starts with its natural order. */
export function nextSort(current: SortState, field: SortField): SortState {
  if (current.field === field) {
    return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  const startsDescending = field === 'published' || field === 'length' || field === 'importedAt';
  return { field, direction: startsDescending ? 'desc' : 'asc' };
}
