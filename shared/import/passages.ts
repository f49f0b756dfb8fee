/**
 * Passages: the clean body cut into paragraphs (one per body line) and sentences, the unit the
 * aligner, the search index and annotations work with.
 */
import type { Passage } from '../api/schemas.ts';
import { splitSentences } from '../text/segment.ts';
import type { BodySpan } from './types.ts';

/**
 * Sentences of every paragraph, numbered across the body. `paragraphs` are the body spans (each
 * span is one paragraph, in order); offsets are into `body`, end exclusive. The body is segmented
 * in one call: paragraphs are separated by blank lines, which always end a sentence.
 */
export function buildPassages(
  body: string,
  paragraphs: readonly BodySpan[],
  language: string | null,
): Passage[] {
  const passages: Passage[] = [];
  let paragraph = 0;
  for (const sentence of splitSentences(body, language)) {
    while (paragraph < paragraphs.length - 1 && sentence.start >= endOf(paragraphs[paragraph])) {
      paragraph += 1;
    }
    const { start, end } = sentence;
    passages.push({ index: passages.length, paragraph, start, end, text: body.slice(start, end) });
  }
  return passages;
}

function endOf(span: BodySpan | undefined): number {
  return span === undefined ? 0 : span.bodyStart + span.length;
}
