import { describe, expect, it } from 'vitest';
import { alignApprox, editBudget, similarity } from './align.ts';

/** Plain O(m·n) Sellers distance, the reference the cut-off version must agree with. */
function referenceDistance(pattern: string, text: string): number {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = prev[pattern.length] ?? 0;
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i += 1) {
      next[i] = Math.min(
        (prev[i - 1] ?? 0) + (pattern[i - 1] === c ? 0 : 1),
        (prev[i] ?? 0) + 1,
        (next[i - 1] ?? 0) + 1,
      );
    }
    prev = next;
    best = Math.min(best, prev[pattern.length] ?? 0);
  }
  return best;
}

describe('alignApprox', () => {
  const text =
    'he told pavel the military exercises were not aimed against any third country media reported';

  it('finds an exact occurrence with distance 0', () => {
    const found = alignApprox('any third country', text, 3);
    expect(found).not.toBeNull();
    expect(text.slice(found?.start, found?.end)).toBe('any third country');
    expect(found?.distance).toBe(0);
  });

  it('finds a quote with a missing letter and spans the real text', () => {
    const found = alignApprox('not aimed against any third contry', text, 5);
    expect(text.slice(found?.start, found?.end)).toBe('not aimed against any third country');
    expect(found?.distance).toBe(1);
  });

  it('finds a quote with swapped and replaced letters', () => {
    const found = alignApprox('not aimde agianst any thrid country', text, 8);
    expect(found?.distance).toBeGreaterThan(0);
    expect(text.slice(found?.start, found?.end)).toContain('aimed against any third country');
  });

  it('finds Cyrillic quotes with typos', () => {
    const ru = 'мы усилили нашу коллективную безопасность но остаемся открытыми к диалогу';
    const found = alignApprox('мы усилили нашу колективную безопастность', ru, 6);
    expect(ru.slice(found?.start, found?.end)).toBe('мы усилили нашу коллективную безопасность');
    expect(found?.distance).toBe(2);
  });

  it('returns null when nothing is within the budget', () => {
    expect(alignApprox('completely unrelated words here', text, 4)).toBeNull();
  });

  it('agrees with the plain dynamic programme on random strings', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const word = (n: number) =>
      Array.from({ length: n }, () => 'abcd '.charAt(Math.floor(random() * 5))).join('');
    for (let round = 0; round < 300; round += 1) {
      const pattern = word(1 + Math.floor(random() * 12));
      const haystack = word(Math.floor(random() * 40));
      const k = Math.floor(random() * 6);
      const expected = referenceDistance(pattern, haystack);
      const found = alignApprox(pattern, haystack, k);
      if (expected > k) expect(found).toBeNull();
      else {
        expect(found?.distance).toBe(expected);
        const span = haystack.slice(found?.start, found?.end);
        expect(referenceDistance(pattern, span)).toBeLessThanOrEqual(expected);
      }
    }
  });
});

describe('editBudget and similarity', () => {
  it('gives short patterns less room than long ones', () => {
    expect(editBudget(3)).toBe(0);
    expect(editBudget(6)).toBe(1);
    expect(editBudget(40)).toBe(12);
    expect(editBudget(1000)).toBe(40);
  });

  it('scores an exact match 1 and each edit less', () => {
    expect(similarity({ start: 0, end: 10, distance: 0 }, 10)).toBe(1);
    expect(similarity({ start: 0, end: 10, distance: 2 }, 10)).toBeCloseTo(0.8);
  });
});
