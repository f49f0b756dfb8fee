import { describe, expect, it } from 'vitest';
import { entityKey } from '../align/transliterate.ts';
import { extractQuotes, type Quote } from './quotes.ts';
import { readSeed, seedLanguage, truthQuotes } from './testing/seeds.ts';

/**
 * How a detected speaker is compared with the truth's. People: every word of the truth name must
 * match a word of the speaker by `entityKey` (so "Йенс Столтенберг", "Jens Stoltenberg" and a
 * genitive "Столтенберга" all match "Jens Stoltenberg"). Institutions written "NATO (website)"
 * or "NATO (Allied Command Operations)" in the truth: the speaker must name NATO; Parallax labels
 * them "NATO (website)" and "NATO Allied Command Operations (Объединенное командование НАТО)".
 */
function sameSpeaker(found: string | null, truth: string): boolean {
  if (found === null) return false;
  if (truth.startsWith('NATO (')) return /NATO|НАТО/.test(found);
  const keys = new Set(found.split(/\s+/).map(entityKey));
  return truth.split(/\s+/).every((w) => keys.has(entityKey(w)));
}

const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/[’‘]/g, "'");

describe('extractQuotes on the seeds (truth.json quotes)', () => {
  it.each(truthQuotes)('attributes "$text" to $speaker', ({ file, speaker, text }) => {
    const quotes = extractQuotes(readSeed(file), seedLanguage(file));
    const hit: Quote | undefined = quotes.find((q) => norm(q.text).includes(norm(text)));
    expect(hit?.kind).toBe('direct');
    expect(hit?.speaker).toSatisfy((s: string | null) => sameSpeaker(s, speaker));
  });

  it('gives the NATO and Russian speakers their sides', () => {
    const quotes = extractQuotes(readSeed('003_862b637d27ff6694.txt'), 'en');
    const sides = new Map(
      quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerSide]),
    );
    expect(sides.get('Vladimir Yakovlev')).toBe('russia');
    expect(sides.get('Simon Porter')).toBe('uk');
  });

  it('attributes the sourcing phrases of the truth as reported speech', () => {
    const quotes = extractQuotes(readSeed('001_987193fb79ae0728.txt'), 'en');
    const danilov = quotes.find((q) => q.kind === 'reported' && q.verb === 'told');
    expect(danilov?.speaker).toBe('Dmitry Danilov');
  });

  it('rejects a wrong speaker (the comparison can fail)', () => {
    expect(sameSpeaker('Valery Gerasimov', 'Philip Breedlove')).toBe(false);
    expect(sameSpeaker(null, 'NATO (website)')).toBe(false);
  });
});
