/**
 * Building regular expressions from word lists (month names, cue phrases, outlet names) that live
 * in data files.
 */

/** Escapes a literal for use inside a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of literal phrases (no groups), longest first so that `sept` wins over `sep`
 * and `Interfax-Ukraine` over `Interfax`; a space in a phrase matches any run of white space.
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w !== '');
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.map((w) => escapeRegex(w).replace(/ +/g, '\\s+')).join('|');
}
