import { describe, expect, it } from 'vitest';
import { countChangedWords, isNearIdentical, wordDiff } from './word-diff.ts';

const strict = { ignoreCaseAndPunctuation: false };
const loose = { ignoreCaseAndPunctuation: true };

/** The other passage, rebuilt from a diff: what is shared plus what was added. */
const rebuildOther = (parts: ReturnType<typeof wordDiff>) =>
  parts
    .filter((part) => part.kind !== 'removed')
    .map((part) => part.text)
    .join('');

describe('wordDiff', () => {
  it('marks a changed word as removed from the base and added in the other', () => {
    const parts = wordDiff('The generals met in Baku.', 'The generals met in Moscow.', strict);
    expect(parts).toContainEqual({ kind: 'removed', text: 'Baku' });
    expect(parts).toContainEqual({ kind: 'added', text: 'Moscow' });
  });

  it('spells out the other passage exactly from its same and added parts', () => {
    const other = 'Это  демонстрирует обоюдную заинтересованность, — сказал он.';
    const parts = wordDiff('Это демонстрирует заинтересованность.', other, strict);
    expect(rebuildOther(parts)).toBe(other);
    expect(rebuildOther(wordDiff('Это демонстрирует.', other, loose))).toBe(other);
  });

  it('sees case and punctuation changes unless told to ignore them', () => {
    const base = 'NATO said: the talks were useful';
    const other = 'Nato said the talks were useful.';
    expect(wordDiff(base, other, strict).some((part) => part.kind !== 'same')).toBe(true);
    expect(wordDiff(base, other, loose).every((part) => part.kind === 'same')).toBe(true);
  });

  it('counts the words a rewrite added and removed', () => {
    const parts = wordDiff('agreed to continue contact', 'agreed to keep up contact', strict);
    expect(countChangedWords(parts)).toEqual({ added: 2, removed: 1 });
  });
});

describe('isNearIdentical', () => {
  it('accepts a rewrite that keeps most words in order', () => {
    expect(
      isNearIdentical(
        'Russia and NATO military chiefs agreed to continue contact during a meeting in Baku.',
        'Russian and NATO military chiefs agreed on Thursday to keep contact during talks in Baku.',
      ),
    ).toBe(true);
  });

  it('rejects two passages that tell the same fact in their own words', () => {
    expect(
      isNearIdentical(
        'The two generals agreed to keep talking.',
        'Gerasimov and Pavel will stay in touch, the ministry said after the meeting.',
      ),
    ).toBe(false);
  });

  it('rejects empty passages', () => {
    expect(isNearIdentical('', '')).toBe(false);
  });
});
