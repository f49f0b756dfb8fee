/**
 * Passages: the clean body cut into paragraphs (one per body line) and sentences, the unit the
 * aligner, the search index and annotations work with.
 */
import type { Passage } from '../api/schemas.ts';
import { splitSentences } from '../text/segment.ts';
import type { BodySpan } from './types.ts';

/**
 * Sentences of every paragraph, numbered across the body. `paragraphs` are the body spans (each
 * span is one paragraph); offsets are into `body`, end exclusive.
 */
export function buildPassages(
  body: string,
  paragraphs: readonly BodySpan[],
  language: string | null,
): Passage[] {
  const passages: Passage[] = [];
  paragraphs.forEach((span, paragraph) => {
    const text = body.slice(span.bodyStart, span.bodyStart + span.length);
    for (const sentence of splitSentences(text, language)) {
      const start = span.bodyStart + sentence.start;
      const end = span.bodyStart + sentence.end;
      passages.push({
        index: passages.length,
        paragraph,
        start,
        end,
        text: body.slice(start, end),
      });
    }
  });
  return passages;
}
