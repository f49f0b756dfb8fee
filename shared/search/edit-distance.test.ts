import { describe, expect, it } from 'vitest';
import { boundedDistance, wordEditBudget } from './edit-distance.ts';

describe('boundedDistance', () => {
  it('counts substitutions, insertions and deletions', () => {
    expect(boundedDistance('country', 'country', 2)).toBe(0);
    expect(boundedDistance('contry', 'country', 2)).toBe(1);
    expect(boundedDistance('kovfinlk', 'kovfinlik', 2)).toBe(1);
    expect(boundedDistance('небавняя', 'недавняя', 2)).toBe(1);
    expect(boundedDistance('thrid', 'third', 2)).toBe(2);
  });

  it('returns max + 1 beyond the bound', () => {
    expect(boundedDistance('alliance', 'assistance', 2)).toBe(3);
    expect(boundedDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('handles empty words', () => {
    expect(boundedDistance('', 'ab', 2)).toBe(2);
    expect(boundedDistance('', '', 0)).toBe(0);
  });
});

describe('wordEditBudget', () => {
  it('allows one edit in short words and two in long ones', () => {
    expect(wordEditBudget(5)).toBe(1);
    expect(wordEditBudget(9)).toBe(2);
  });
});
