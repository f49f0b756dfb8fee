import { describe, expect, it } from 'vitest';
import {
  cyclePivot,
  moveColumn,
  newCompareViewState,
  parseCompareViewState,
} from './view-state.ts';

describe('compare view state', () => {
  it('starts with the first six candidates as columns and the first as pivot', () => {
    const state = newCompareViewState(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'Story', 's1');
    expect(state.columns).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(state.pivot).toBe('a');
    expect(parseCompareViewState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('ignores saved state that no longer fits', () => {
    expect(parseCompareViewState(null)).toBeNull();
    expect(parseCompareViewState({ columns: ['a'] })).toBeNull();
  });

  it('moves a column one place and stops at the edges', () => {
    expect(moveColumn(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveColumn(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
  });

  it('cycles the pivot through the columns', () => {
    expect(cyclePivot(['a', 'b', 'c'], 'c', 1)).toBe('a');
    expect(cyclePivot(['a', 'b', 'c'], 'a', -1)).toBe('c');
  });
});
