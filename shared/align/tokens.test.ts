import { describe, expect, it } from 'vitest';
import { isStopword, tokenize } from './tokens.ts';

describe('tokenize', () => {
  it('reads grouped and ordinal numbers', () => {
    const values = tokenize('12,700 troops, the 3rd day, 14-го числа, 2.5 percent').map(
      (t) => t.value,
    );
    expect(values.filter((v) => v !== null)).toEqual([12700, 3, 14, 2.5]);
  });

  it('keeps hyphenated words and possessives whole', () => {
    expect(tokenize("NATO's high-level штаб-квартира").map((t) => t.text)).toEqual([
      "NATO's",
      'high-level',
      'штаб-квартира',
    ]);
  });

  it('marks acronyms, capitals and sentence starts', () => {
    const [us, said, gen] = tokenize('US said. Gerasimov');
    expect(us).toMatchObject({ isAcronym: true, isSentenceStart: true });
    expect(said).toMatchObject({ isCapitalized: false, isSentenceStart: false });
    expect(gen).toMatchObject({ isCapitalized: true, isAcronym: false, isSentenceStart: true });
  });

  it('reads U.S. as the acronym US with offsets into the input', () => {
    const [t] = tokenize('U.S. forces');
    expect(t).toMatchObject({ text: 'US', isAcronym: true, start: 0 });
  });

  it('folds ё in the lower-case form', () => {
    expect(tokenize('Всё')[0]?.lower).toBe('все');
  });
});

describe('isStopword', () => {
  it('knows English, Russian and Ukrainian function words', () => {
    expect(['the', 'и', 'що'].every(isStopword)).toBe(true);
    expect(isStopword('nato')).toBe(false);
  });
});
