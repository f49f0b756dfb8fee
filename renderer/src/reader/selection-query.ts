/** Turning selected article text into a "find elsewhere" search. */

/**
 * A query this long is a quote, not a passage: longer selections are cut at a word boundary so
 * the search stays fast and the hits stay readable.
 */
const maxQueryChars = 300;

/**
 * The selection as a search: straight double quotes are the search syntax's phrase operator, and
 * a selection that starts or ends inside a quotation would otherwise become an unintended phrase.
 */
export function toQuery(text: string): string {
  const plain = text.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  if (plain.length <= maxQueryChars) return plain;
  const cut = plain.slice(0, maxQueryChars);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), maxQueryChars / 2));
}
