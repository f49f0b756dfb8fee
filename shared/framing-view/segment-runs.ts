/**
 * Splits a segment of an article's clean body into runs for framing highlights. Pure, so the
 * reader and the compare view share one tested rule for overlapping and nested cues.
 */
import type { Output } from '../api/contract.ts';

/** One framing cue from `framing.analyze`: offsets into the clean body, end exclusive. */
export type FramingCue = Output<'framing.analyze'>[number];

/** A kind of framing cue (`contested-term`, `hedge`, …). */
export type CueKind = FramingCue['kind'];

/** Every cue kind, in the legend's order. */
export const cueKinds: readonly CueKind[] = [
  'contested-term',
  'loaded',
  'hedge',
  'reporting-verb',
  'source',
  'quote',
  'metaphor',
  'contradiction',
  'frame',
];

/** A stretch of the segment with the same covering cues. */
export interface TextRun {
  /** Offsets into the clean body, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The cues covering the whole run, outermost (earliest start, then longest) first. */
  cues: FramingCue[];
}

/**
 * Splits `text` (the clean body's `[segStart, segStart + text.length)`) into runs at every cue
 * boundary inside it. Cues may overlap or nest; a run lists every cue that covers it. Cues outside
 * the segment or empty are ignored; cues crossing its edges are clipped. Offsets are UTF-16 code
 * units, as JavaScript strings and the backend count them.
 */
export function segmentRuns(
  text: string,
  segStart: number,
  cues: readonly FramingCue[],
): TextRun[] {
  const segEnd = segStart + text.length;
  const inside = cues
    .filter((cue) => cue.end > cue.start && cue.start < segEnd && cue.end > segStart)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([segStart, segEnd]);
  for (const cue of inside) {
    cuts.add(Math.max(cue.start, segStart));
    cuts.add(Math.min(cue.end, segEnd));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? segStart;
    const end = points[i + 1] ?? segEnd;
    if (end <= start) continue;
    runs.push({
      start,
      end,
      text: text.slice(start - segStart, end - segStart),
      cues: inside.filter((cue) => cue.start <= start && cue.end >= end),
    });
  }
  return runs;
}

/** The cues of one article that start inside `[segStart, segEnd)`, for per-paragraph tags. */
export function cuesStartingIn(
  cues: readonly FramingCue[],
  segStart: number,
  segEnd: number,
): FramingCue[] {
  return cues.filter((cue) => cue.start >= segStart && cue.start < segEnd);
}

/** How many cues of each kind, for the legend and the headers. */
export function countByKind(cues: readonly FramingCue[]): Record<CueKind, number> {
  const counts = Object.fromEntries(cueKinds.map((kind) => [kind, 0])) as Record<CueKind, number>;
  for (const cue of cues) counts[cue.kind] += 1;
  return counts;
}
