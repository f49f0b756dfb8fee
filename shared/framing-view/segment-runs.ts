/**
 * Splits a segment of an article's clean body into runs for framing highlights. Pure, so the
 * reader and the compare view share one tested rule for overlapping and nested cues.
 */
import type { Output } from '../api/contract.ts';
import { splitAtSpans } from '../text/split-runs.ts';

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
  return splitAtSpans(text, segStart, cues).map(({ covering, ...run }) => ({
    ...run,
    cues: covering,
  }));
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

/** Runs nested by cue: a highlight span per cue stretch, so a cue stays one element where it can. */
export type CueNode =
  | { type: 'text'; start: number; text: string }
  | { type: 'cue'; start: number; cue: FramingCue; children: CueNode[] };

/**
 * Nests runs (from `segmentRuns`) into a tree: consecutive runs sharing their outermost cue go in
 * one node for it, and so on inwards. A cue nested in another is one node inside it; a cue that
 * overlaps another without nesting is split at the other's edge.
 */
export function nestRuns(runs: readonly TextRun[], depth = 0): CueNode[] {
  const nodes: CueNode[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i];
    if (!run) break;
    const cue = run.cues[depth];
    if (!cue) {
      nodes.push({ type: 'text', start: run.start, text: run.text });
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < runs.length && runs[j]?.cues[depth] === cue) j += 1;
    nodes.push({
      type: 'cue',
      start: run.start,
      cue,
      children: nestRuns(runs.slice(i, j), depth + 1),
    });
    i = j;
  }
  return nodes;
}
