import { describe, expect, it } from 'vitest';
import { cueTooltip, frameDimension, quoteSpeaker } from './cue-labels.ts';

describe('frameDimension', () => {
  it('reads the dimension from a frame cue detail', () => {
    expect(frameDimension('frame: security-defense (3 keyword hits)')).toBe('security-defense');
  });
});

describe('quoteSpeaker', () => {
  it('reads the speaker without the normalised key', () => {
    expect(quoteSpeaker('reported quote; speaker: НАТО (nato)')).toBe('НАТО');
  });

  it('returns null when the detail names no speaker', () => {
    expect(quoteSpeaker('direct quote')).toBeNull();
  });
});

describe('cueTooltip', () => {
  it('names the kind before the reason', () => {
    const cue = {
      article: 'a',
      kind: 'hedge' as const,
      start: 0,
      end: 1,
      text: 'x',
      detail: 'distances the author',
    };
    expect(cueTooltip(cue)).toBe('Hedge — distances the author');
  });
});
