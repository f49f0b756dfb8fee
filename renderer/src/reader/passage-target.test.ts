import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget } from './passage-target.ts';

describe('passage targets in the hash', () => {
  it('survive a round trip', () => {
    const target = { passageStart: 100, passageEnd: 240, start: 120, end: 150 };
    expect(parseTarget(formatTarget(target))).toEqual(target);
  });

  it('fall back to the whole passage when the match is missing', () => {
    expect(parseTarget('passage=5-9')).toEqual({
      passageStart: 5,
      passageEnd: 9,
      start: 5,
      end: 9,
    });
  });

  it('are ignored when malformed', () => {
    expect(parseTarget('passage=9-5')).toBe(null);
    expect(parseTarget('passage=abc')).toBe(null);
    expect(parseTarget('')).toBe(null);
  });
});
