import { describe, expect, it } from 'vitest';
import { splitSentences } from './segment.ts';

function sentences(text: string, lang: string | null): string[] {
  return splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('keeps military ranks together in English', () => {
    expect(sentences('The plan was backed by Lt. Gen. Ben Hodges. He spoke later.', 'en')).toEqual([
      'The plan was backed by Lt. Gen. Ben Hodges.',
      'He spoke later.',
    ]);
  });

  it('keeps initials and months with their sentence', () => {
    expect(sentences('J. R. Smith arrived on Jan. 12 in St. Paul. Then he left.', 'en')).toEqual([
      'J. R. Smith arrived on Jan. 12 in St. Paul.',
      'Then he left.',
    ]);
  });

  it('lets U.S. end a sentence when a capitalised sentence follows', () => {
    expect(sentences('The talks were hosted by the U.S. The next round is in May.', 'en')).toEqual([
      'The talks were hosted by the U.S.',
      'The next round is in May.',
    ]);
  });

  it('joins U.S. with a lower-case continuation', () => {
    expect(sentences('The U.S. officials said so. Fine.', 'en')).toHaveLength(2);
    expect(sentences('Troops left the U.S. base at 5 p.m. on time.', 'en')).toHaveLength(1);
  });

  it('keeps Russian abbreviations and initials together', () => {
    expect(
      sentences('Об этом сообщил В. В. Иванов, т.е. глава ведомства им. Жукова. Далее всё.', 'ru'),
    ).toEqual(['Об этом сообщил В. В. Иванов, т.е. глава ведомства им. Жукова.', 'Далее всё.']);
  });

  it('joins «г.» when the sentence goes on in lower case but not before a new sentence', () => {
    expect(
      sentences('В 2014 г. отношения были заморожены. Потом всё изменилось.', 'ru'),
    ).toHaveLength(2);
    expect(sentences('Это было в 2014 г. Потом всё изменилось.', 'ru')).toHaveLength(2);
  });

  it('returns offsets without surrounding whitespace', () => {
    const text = '  One. Two.  ';
    expect(splitSentences(text, 'en')).toEqual([
      { start: 2, end: 6 },
      { start: 7, end: 11 },
    ]);
  });

  it('never joins across a paragraph break, even after an abbreviation', () => {
    expect(
      sentences('Talks were held in the U.S.\n\nofficials said more would follow.', 'en'),
    ).toEqual(['Talks were held in the U.S.', 'officials said more would follow.']);
  });

  it('returns nothing for whitespace', () => {
    expect(splitSentences('   ', 'en')).toEqual([]);
  });

  it('falls back to English rules for an unknown language tag', () => {
    expect(sentences('Dr. No left. Yes.', 'zz-Latn')).toEqual(['Dr. No left.', 'Yes.']);
  });
});
