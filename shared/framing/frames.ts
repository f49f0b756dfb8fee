/**
 * Frame profiles: how strongly each of the 15 frame dimensions of the Media Frames Corpus codebook
 * (Card et al. 2015) is evoked by a set of passages, scored from the keyword lexicons (kind
 * `frame`, the dimension in `family`). Keyword evidence is coarse; the profile compares outlets
 * on the same story, it does not label a passage with its primary frame.
 */
import { matchKind } from './cues.ts';
import type { Lexicons } from './lexicons.ts';
import { wordsOf } from './matcher.ts';

/** The 15 dimensions, in codebook order. */
export const FRAME_DIMENSIONS = [
  'economic',
  'capacity-resources',
  'morality',
  'fairness-equality',
  'legality',
  'policy-prescription',
  'crime-punishment',
  'security-defense',
  'health-safety',
  'quality-of-life',
  'cultural-identity',
  'public-opinion',
  'political',
  'external-regulation',
  'other',
] as const;

/** One of {@link FRAME_DIMENSIONS}. */
export type FrameDimension = (typeof FRAME_DIMENSIONS)[number];

/** The score of one dimension. */
export interface FrameScore {
  dimension: FrameDimension;
  /** Weighted keyword hits. */
  hits: number;
  /** Hits per 1,000 words of the passages. */
  per1000Words: number;
  /** Share of all frame hits (0–1); the shares of a profile sum to 1 unless there are no hits. */
  share: number;
}

/** A frame profile: one score per dimension, in codebook order, and per-passage hit counts. */
export interface FrameProfile {
  scores: FrameScore[];
  words: number;
  /** For each passage, hits per dimension (dimensions without hits left out). */
  passages: Array<Partial<Record<FrameDimension, number>>>;
}

const DIMENSIONS = new Set<string>(FRAME_DIMENSIONS);

function isDimension(value: string | undefined): value is FrameDimension {
  return value !== undefined && DIMENSIONS.has(value);
}

/** Scores `passages` (one article's passages, or any selection) on the 15 frame dimensions. */
export function frameProfile(
  passages: readonly string[],
  language: string | null,
  lexicons: Lexicons,
): FrameProfile {
  const totals = new Map<FrameDimension, number>();
  let words = 0;
  const perPassage = passages.map((passage) => {
    const wt = wordsOf(passage);
    words += wt.words.length;
    const counts: Partial<Record<FrameDimension, number>> = {};
    for (const hit of matchKind(wt, language, lexicons, 'frame')) {
      const dimension = hit.value.entry.family;
      if (!isDimension(dimension)) continue;
      const weight = hit.value.entry.weight ?? 1;
      counts[dimension] = (counts[dimension] ?? 0) + weight;
      totals.set(dimension, (totals.get(dimension) ?? 0) + weight);
    }
    return counts;
  });
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  const scores = FRAME_DIMENSIONS.map((dimension) => {
    const hits = totals.get(dimension) ?? 0;
    return {
      dimension,
      hits,
      per1000Words: words === 0 ? 0 : (hits * 1000) / words,
      share: all === 0 ? 0 : hits / all,
    };
  });
  return { scores, words, passages: perPassage };
}
