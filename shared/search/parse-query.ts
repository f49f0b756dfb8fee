/**
 * Parses what the user typed in the search box: free text (a half-remembered quote), exact phrases
 * in straight double quotes, and `key:value` filters. Only the straight quote is an operator, as in
 * web search: curly and angle quotes (“ ” « » „) come with text pasted from an article and are part
 * of the quote, which the normaliser then ignores like any punctuation.
 */
import { skeletonText } from './search-normalize.ts';

/** Filters that narrow a search to some articles. Dates are ISO `YYYY-MM-DD`, both inclusive. */
export interface SearchFilters {
  outlets: string[];
  languages: string[];
  publishedFrom: string | null;
  publishedTo: string | null;
}

/** A parsed query: what to align, what must occur verbatim, and the filters. */
export interface ParsedQuery {
  /** The whole quote to align, phrases included, in the order typed (display form). */
  text: string;
  /** Skeleton of `text` (see search-normalize.ts): what is aligned against passages. */
  skeleton: string;
  /** Skeletons of the quoted phrases; each must occur exactly (after normalisation). */
  phrases: string[];
  filters: SearchFilters;
}

const FILTER = /^(outlet|lang|language|from|to|after|before):(\S+)$/i;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function applyFilter(filters: SearchFilters, key: string, value: string): boolean {
  const name = key.toLowerCase();
  if (name === 'outlet') filters.outlets.push(value.replace(/_/g, ' '));
  else if (name === 'lang' || name === 'language') filters.languages.push(value.toLowerCase());
  else if (!ISO_DATE.test(value)) return false;
  else if (name === 'from' || name === 'after') filters.publishedFrom = value;
  else filters.publishedTo = value;
  return true;
}

/** Splits a query into quote text, exact phrases and filters. Never throws. */
export function parseQuery(input: string): ParsedQuery {
  const filters: SearchFilters = {
    outlets: [],
    languages: [],
    publishedFrom: null,
    publishedTo: null,
  };
  const parts: string[] = [];
  const phrases: string[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input.charAt(i);
    if (ch === '"') {
      let end = i + 1;
      while (end < input.length && input.charAt(end) !== '"') end += 1;
      const phrase = input.slice(i + 1, end);
      const skeleton = skeletonText(phrase);
      if (skeleton) {
        phrases.push(skeleton);
        parts.push(phrase);
      }
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input.charAt(end)) && input.charAt(end) !== '"') {
      end += 1;
    }
    const word = input.slice(i, end);
    const filter = FILTER.exec(word);
    if (!(filter && applyFilter(filters, filter[1] ?? '', filter[2] ?? ''))) parts.push(word);
    i = Math.max(end, i + 1);
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return { text, skeleton: skeletonText(text), phrases, filters };
}
