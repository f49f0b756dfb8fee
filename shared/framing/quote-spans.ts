/**
 * Direct quotations in every quote-mark style: "…", “…”, ‘…’, «…» (one level of nesting), „…“ and
 * '…'. Straight quotes pair up within a line; single quotes only where they cannot be apostrophes
 * (after a non-letter, before a letter). One-word quotations are scare quotes or names
 * ("superthaw", "Zapad-2017"), not speech, and are left out.
 */

/** A quotation: the outer range includes the marks, the inner range is the quoted words. */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

const STYLES: readonly RegExp[] = [
  /“([^“”\n]+)[”“]/g,
  /«((?:[^«»\n]|«[^«»\n]*»)+)»/g,
  /„([^„“”\n]+)[“”]/g,
  /"([^"\n]+)"/g,
  /(?<![\p{L}\p{N}])‘(?=\p{L})([^‘’\n]+?)’(?![\p{L}])/gu,
  /(?<![\p{L}\p{N}'])'(?=\p{L})([^'\n]+?)'(?![\p{L}])/gu,
];
const MIN_WORDS = 2;

/** Quotations in `text`, outermost only, in text order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  for (const style of STYLES) {
    style.lastIndex = 0;
    for (let m = style.exec(text); m !== null; m = style.exec(text)) {
      const inner = m[1] ?? '';
      const innerStart = m.index + m[0].indexOf(inner);
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        innerStart,
        innerEnd: innerStart + inner.length,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: QuoteSpan[] = [];
  for (const span of found) {
    const last = outer[outer.length - 1];
    if (last !== undefined && span.start < last.end) continue;
    const words = text.slice(span.innerStart, span.innerEnd).trim().split(/\s+/).length;
    if (words >= MIN_WORDS) outer.push(span);
  }
  return outer;
}
