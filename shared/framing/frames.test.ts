import { describe, expect, it } from 'vitest';
import { FRAME_DIMENSIONS, frameProfile } from './frames.ts';
import { defaultLexicons } from './lexicons.ts';

const lexicons = defaultLexicons();
const top = (passages: string[], language: string) =>
  [...frameProfile(passages, language, lexicons).scores].sort((a, b) => b.hits - a.hits)[0]
    ?.dimension;

describe('frameProfile', () => {
  it('scores all 15 dimensions of the Media Frames Corpus codebook', () => {
    const profile = frameProfile(['The talks went well.'], 'en', lexicons);
    expect(profile.scores.map((s) => s.dimension)).toEqual([...FRAME_DIMENSIONS]);
    expect(FRAME_DIMENSIONS).toHaveLength(15);
  });

  it('puts a military passage under security and defence', () => {
    expect(
      top(
        ['Troops and missile units began exercises near the border as NATO warned of the threat.'],
        'en',
      ),
    ).toBe('security-defense');
  });

  it('puts a passage about prices and budgets under economic', () => {
    expect(
      top(
        [
          'Sanctions raised prices, cut exports and left a hole in the budget worth billions of dollars.',
        ],
        'en',
      ),
    ).toBe('economic');
  });

  it('scores Russian passages with the Russian lexicon', () => {
    expect(top(['Суд признал закон неконституционным и отменил приговор.'], 'ru')).toBe('legality');
  });

  it('gives shares that sum to one, and zero for a text without frame words', () => {
    const profile = frameProfile(['Troops crossed the border.', 'Prices rose.'], 'en', lexicons);
    expect(profile.scores.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1);
    expect(frameProfile(['Hello there.'], 'en', lexicons).scores.every((s) => s.share === 0)).toBe(
      true,
    );
  });
});
