/**
 * W3C Web Annotation selectors for a span of an article's clean body: a TextQuoteSelector (the
 * passage with a little context either side) and a TextPositionSelector (its offsets). Offsets are
 * UTF-16 code units into the body, end exclusive, as everywhere else in Parallax.
 */
import type { z } from 'zod';
import type { textPositionSelector, textQuoteSelector } from '../api/annotation-methods.ts';

export type TextQuoteSelector = z.infer<typeof textQuoteSelector>;
export type TextPositionSelector = z.infer<typeof textPositionSelector>;

/** Both selectors of one span. */
export interface SpanSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How much context the quote selector keeps on each side, in UTF-16 units (at most). */
export const CONTEXT_LENGTH = 32;

/** A context cut is moved to a word boundary only when at least this much context remains. */
const MIN_CONTEXT_AFTER_TRIM = 16;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether `offset` falls between the two halves of a surrogate pair (an emoji, say). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

const SPACE = /\s/;

/**
 * The context before `start`: at most {@link CONTEXT_LENGTH} units, starting at a word boundary
 * when one leaves enough context, never inside a surrogate pair.
 */
function prefixOf(body: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && !SPACE.test(body[from - 1] ?? '')) {
    // Cut mid-word: start after the first space instead, if enough context is left.
    for (let i = from; i < start - MIN_CONTEXT_AFTER_TRIM; i += 1) {
      if (SPACE.test(body[i] ?? '')) {
        from = i + 1;
        break;
      }
    }
  }
  if (splitsSurrogatePair(body, from)) from += 1;
  return body.slice(from, start);
}

/** The context after `end`, cut the same way as {@link prefixOf}. */
function suffixOf(body: string, end: number): string {
  let to = Math.min(body.length, end + CONTEXT_LENGTH);
  if (to < body.length && !SPACE.test(body[to] ?? '')) {
    for (let i = to - 1; i >= end + MIN_CONTEXT_AFTER_TRIM; i -= 1) {
      if (SPACE.test(body[i] ?? '')) {
        to = i;
        break;
      }
    }
  }
  if (splitsSurrogatePair(body, to)) to -= 1;
  return body.slice(end, to);
}

/**
 * The selectors of `body[start, end)`. Throws a RangeError when the offsets are not integers, are
 * out of the body, give an empty span, or fall inside a surrogate pair.
 */
export function describeSpan(body: string, start: number, end: number): SpanSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`offsets must be integers (got ${start}, ${end})`);
  }
  if (start < 0 || end > body.length || start >= end) {
    throw new RangeError(
      `span [${start}, ${end}) is empty or outside the text (length ${body.length})`,
    );
  }
  if (splitsSurrogatePair(body, start) || splitsSurrogatePair(body, end)) {
    throw new RangeError(`span [${start}, ${end}) cuts a character in half`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: body.slice(start, end),
      prefix: prefixOf(body, start),
      suffix: suffixOf(body, end),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
