import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query.ts';
import { verifyPassage } from './verify.ts';

const english =
  'He told Pavel the military exercises were "long-planned and defensive" and "not aimed against any third country," media reported.';
const russian =
  '"Мы усилили нашу коллективную безопасность, но остаемся открытыми к\u00a0диалогу", – говорится в заявлении.';

const span = (text: string, query: string) => {
  const match = verifyPassage(parseQuery(query), text);
  return match ? text.slice(match.start, match.end) : null;
};

describe('verifyPassage', () => {
  it('highlights the seed quote typed with a typo', () => {
    expect(span(english, 'not aimed against any third contry')).toBe(
      'not aimed against any third country',
    );
  });

  it('scores an exact quote 1 and a misspelt one lower', () => {
    const exact = verifyPassage(parseQuery('not aimed against any third country'), english);
    const typo = verifyPassage(parseQuery('not aimed against any third contry'), english);
    expect(exact?.similarity).toBe(1);
    expect(typo?.similarity).toBeLessThan(1);
    expect(typo?.similarity).toBeGreaterThan(0.9);
  });

  it('matches across curly quotes and punctuation in the passage', () => {
    expect(span(english, 'defensive and not aimed')).toBe('defensive" and "not aimed');
  });

  it('finds the Russian seed quote with typos and ё', () => {
    expect(span(russian, 'Мы усилили нашу колективную безопасность')).toBe(
      'Мы усилили нашу коллективную безопасность',
    );
    expect(span(russian, 'остаёмся открытыми к диалогу')).toBe('остаемся открытыми к\u00a0диалогу');
  });

  it('tolerates a missing word', () => {
    expect(span(english, 'military exercises were long-planned defensive')).toBe(
      'military exercises were "long-planned and defensive',
    );
  });

  it('requires exact phrases to be present', () => {
    expect(span(english, '"not aimed against any third contry"')).toBeNull();
    expect(span(english, '"not aimed against any third country"')).toBe(
      'not aimed against any third country',
    );
  });

  it('rejects an unrelated passage', () => {
    expect(span(russian, 'not aimed against any third country')).toBeNull();
  });

  it('returns null for a query with no words', () => {
    expect(verifyPassage(parseQuery('"" …'), english)).toBeNull();
  });
});
