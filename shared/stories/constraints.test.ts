import { describe, expect, it } from 'vitest';
import { ConstrainedSets } from './constraints.ts';

describe('ConstrainedSets', () => {
  it('joins sets and lists their members in joining order', () => {
    const sets = new ConstrainedSets(4);
    sets.union(0, 1);
    sets.union(3, 1);
    expect(sets.find(3)).toBe(sets.find(0));
    expect([...sets.members(0)].sort()).toEqual([0, 1, 3]);
  });

  it('refuses a join that a forbidden pair rules out, transitively', () => {
    const sets = new ConstrainedSets(4);
    sets.forbid(0, 3);
    sets.union(0, 1);
    sets.union(2, 3);
    expect(sets.union(1, 2)).toBe(false);
    expect(sets.find(1)).not.toBe(sets.find(2));
  });

  it('keeps sets pinned to different stories apart', () => {
    const sets = new ConstrainedSets(3);
    sets.setPin(0, 'a');
    sets.setPin(1, 'b');
    expect(sets.conflicts(0, 1)).toBe(true);
    expect(sets.union(0, 2)).toBe(true);
    expect(sets.pinOf(2)).toBe('a');
  });

  it('lets a forced join through', () => {
    const sets = new ConstrainedSets(2);
    sets.forbid(0, 1);
    expect(sets.union(0, 1, true)).toBe(true);
  });
});
