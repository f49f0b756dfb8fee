import { describe, expect, it } from 'vitest';
import { detectCues } from './cues.ts';
import { defaultLexicons } from './lexicons.ts';
import { findPhrase, readSeed, seedLanguage, truthFraming } from './testing/seeds.ts';

const CUE_KINDS = new Set(['hedge', 'metaphor', 'contested-term', 'reporting-verb']);
const lexicons = defaultLexicons();

const cases = truthFraming
  .filter((f) => CUE_KINDS.has(f.kind))
  .flatMap((f) => f.phrases.map(([file, phrase]) => ({ id: f.id, kind: f.kind, file, phrase })));

describe('detectCues on the seeds (truth.json framing)', () => {
  it('has truth phrases to check', () => {
    expect(cases.length).toBe(15);
  });

  it.each(cases)('finds $kind "$phrase" in $file', ({ kind, file, phrase }) => {
    const text = readSeed(file);
    const at = findPhrase(text, phrase);
    expect(at.start).toBeGreaterThanOrEqual(0);
    const cues = detectCues(text, seedLanguage(file), lexicons);
    const overlapping = cues.filter((c) => c.kind === kind && c.start < at.end && at.start < c.end);
    expect(overlapping.map((c) => c.text)).not.toEqual([]);
  });

  it('files the Ukraine 2014 names under one contested set, the neutral ones as neutral', () => {
    const cues = [
      ...detectCues(readSeed('000_ef7b0e83e261ef28.txt'), 'en', lexicons),
      ...detectCues(readSeed('002_c3c36266fd6b828a.txt'), 'en', lexicons),
    ].filter((c) => c.set === 'ukraine-2014');
    expect(cues.map((c) => [c.text, c.side])).toEqual(
      expect.arrayContaining([
        ['the situation in Ukraine', 'neutral'],
        ['the Ukraine crisis', 'neutral'],
      ]),
    );
  });

  it('marks the loaded verbs of the seeds as loaded, not neutral', () => {
    const text = readSeed('003_862b637d27ff6694.txt');
    const bristled = detectCues(text, 'en', lexicons).find((c) => c.text === 'bristled');
    expect(bristled?.stance).toBe('loaded');
  });

  it('highlights both characterisations of the exercises as loaded language', () => {
    const text = readSeed('000_ef7b0e83e261ef28.txt');
    const loaded = detectCues(text, 'en', lexicons).filter((c) => c.kind === 'loaded');
    for (const phrase of [
      "Russia's war exercises have stirred unease",
      'long-planned and defensive',
    ]) {
      const at = findPhrase(text, phrase);
      const inside = loaded.filter((c) => c.start >= at.start && c.end <= at.end);
      expect(inside.length, phrase).toBeGreaterThanOrEqual(2);
    }
  });
});
