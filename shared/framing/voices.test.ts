import { describe, expect, it } from 'vitest';
import { readSeed } from './testing/seeds.ts';
import { articleVoices } from './voices.ts';

describe('articleVoices', () => {
  it('credits Reuters in the RT seed and counts NATO as the main voice', () => {
    const voices = articleVoices(readSeed('002_c3c36266fd6b828a.txt'), 'en');
    expect(voices.credits).toEqual(['Reuters']);
    expect(voices.voices[0]?.speaker).toBe('Philip Breedlove');
    expect(voices.wordsBySide.nato ?? 0).toBeGreaterThan(voices.wordsBySide.russia ?? 0);
  });

  it('does not credit the outlet itself ("told Radio Sputnik")', () => {
    const voices = articleVoices(readSeed('001_987193fb79ae0728.txt'), 'en', { outlet: 'Sputnik' });
    expect(voices.credits).toEqual([]);
    expect(voices.voices[0]).toMatchObject({ speaker: 'Dmitry Danilov', side: 'russia' });
  });

  it('gives the PanARMENIAN seed one NATO-side and one Russian officer', () => {
    const voices = articleVoices(readSeed('003_862b637d27ff6694.txt'), 'en');
    const sides = Object.fromEntries(voices.voices.map((v) => [v.speaker, v.side]));
    expect(sides).toMatchObject({ 'Simon Porter': 'uk', 'Vladimir Yakovlev': 'russia' });
    expect(voices.credits).toEqual(['AP']);
  });
});
