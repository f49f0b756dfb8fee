/**
 * The de-duplication key of an article: what stays the same when the same text is imported twice
 * under another file name, in another encoding, or with other page chrome around it.
 */
import { foldCase, normalizeText } from '../text/normalize.ts';
import type { ParsedArticle } from './types.ts';

/**
 * The clean body normalised for matching (plain spaces, straight quotes, '-' dashes, no soft
 * hyphens), case-folded, with every run of whitespace collapsed to one space and the ends trimmed.
 * The backend hashes it; equal keys mean the same content.
 */
export function contentKey(article: Pick<ParsedArticle, 'body'>): string {
  return foldCase(normalizeText(article.body)).replace(/\s+/g, ' ').trim();
}
