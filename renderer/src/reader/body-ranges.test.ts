import { describe, expect, it } from 'vitest';
import { paragraphRanges, splitAtTarget } from './body-ranges.ts';
import { bodyParagraphs } from './line-labels.ts';

const body = 'First paragraph.\n\n  Second one, with a quote.  \n\n\n\nThird.';

describe('paragraphRanges', () => {
  it('cuts the body exactly as bodyParagraphs does', () => {
    expect(paragraphRanges(body).map((range) => range.text)).toEqual(bodyParagraphs(body));
  });

  it('gives offsets that slice the paragraph out of the body', () => {
    for (const range of paragraphRanges(body)) {
      expect(body.slice(range.start, range.end)).toBe(range.text);
    }
  });

  it('returns nothing for an empty body', () => {
    expect(paragraphRanges('\n\n  \n\n')).toEqual([]);
  });
});

describe('splitAtTarget', () => {
  const second = paragraphRanges(body)[1]!;
  const quoteStart = body.indexOf('a quote');

  it('cuts a paragraph into before, passage, match and after', () => {
    const split = splitAtTarget(second, {
      passageStart: second.start,
      passageEnd: second.end - 1,
      start: quoteStart,
      end: quoteStart + 'a quote'.length,
    });
    expect(split).toEqual({
      before: '',
      passageBefore: 'Second one, with ',
      match: 'a quote',
      passageAfter: '',
      after: '.',
    });
  });

  it('returns null for a target in another paragraph', () => {
    const first = paragraphRanges(body)[0]!;
    expect(splitAtTarget(first, { passageStart: 30, passageEnd: 40, start: 30, end: 40 })).toBe(
      null,
    );
  });

  it('clamps a match that runs past the passage', () => {
    const split = splitAtTarget(second, {
      passageStart: quoteStart,
      passageEnd: quoteStart + 7,
      start: quoteStart + 2,
      end: quoteStart + 500,
    });
    expect(split?.match).toBe('quote');
    expect(split?.after).toBe('.');
  });
});
