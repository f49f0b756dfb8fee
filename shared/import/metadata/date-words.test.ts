import { describe, expect, it } from 'vitest';
import { compileDateWords, DATE_WORDS } from './date-words.ts';
import raw from '../../data/date-words.json' with { type: 'json' };

describe('date words', () => {
  it('maps month words of every language to one month', () => {
    expect(DATE_WORDS.monthByWord.get('января')).toBe(1);
    expect(DATE_WORDS.monthByWord.get('лютого')).toBe(2);
    expect(DATE_WORDS.monthByWord.get('août')).toBe(8);
    expect(DATE_WORDS.monthByWord.get('dic')).toBe(12);
  });

  it('refuses data in which one word names two months', () => {
    const broken = JSON.parse(JSON.stringify(raw)) as typeof raw;
    broken.months.en[0] = ['january', 'feb'];
    expect(() => compileDateWords(broken)).toThrow(/feb/);
  });

  it('refuses data without a source line', () => {
    const broken: Record<string, unknown> = {
      ...raw,
      header: { kind: 'parallax.date-words', version: 1 },
    };
    expect(() => compileDateWords(broken)).toThrow();
  });
});
