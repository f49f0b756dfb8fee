import { describe, expect, it } from 'vitest';
import { occurrencesOf } from './annotations-command.ts';

describe('occurrencesOf (the quote of `annotations add`)', () => {
  it('finds an exact quote, repeated ones each time', () => {
    const body = 'Police detained 20 people. Later police detained 20 people.';
    expect(occurrencesOf(body, 'detained 20 people')).toEqual([
      { start: 7, end: 25 },
      { start: 40, end: 58 },
    ]);
  });

  it('matches a typed space against a no-break space in Russian text, with the real offsets', () => {
    const body = 'В\u00a0Москве прошёл митинг. Полиция задержала 20\u00a0человек.';
    const [hit, ...rest] = occurrencesOf(body, 'Полиция задержала 20 человек');
    expect(rest).toEqual([]);
    expect(hit && body.slice(hit.start, hit.end)).toBe('Полиция задержала 20\u00a0человек');
    expect(occurrencesOf(body, 'В Москве')).toEqual([{ start: 0, end: 8 }]);
  });

  it('matches straight quote marks against typographic ones and a line break against a space', () => {
    const body = 'He called it “a disgrace”.\nThe union’s answer came\nlater.';
    const [quoted] = occurrencesOf(body, '"a disgrace"');
    expect(quoted && body.slice(quoted.start, quoted.end)).toBe('“a disgrace”');
    const [apostrophe] = occurrencesOf(body, "union's answer came later");
    expect(apostrophe && body.slice(apostrophe.start, apostrophe.end)).toBe(
      'union’s answer came\nlater',
    );
  });

  it('finds nothing for other words, and takes regular-expression characters literally', () => {
    expect(occurrencesOf('Costs rose (sharply) by 5.5%.', 'rose (sharply) by 5.5%')).toHaveLength(
      1,
    );
    expect(occurrencesOf('Costs rose by 515%.', 'by 5.5%')).toEqual([]);
    expect(occurrencesOf('Costs rose.', 'Costs fell')).toEqual([]);
  });
});
