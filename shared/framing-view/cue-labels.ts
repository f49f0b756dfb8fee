/**
 * Names and short explanations of framing cue kinds for the legend and the tooltips, and the bits
 * of a cue's detail the UI shows on its own (a frame's dimension, a quote's speaker).
 */
import type { CueKind, FramingCue } from './segment-runs.ts';

/** The legend's name of each kind. */
export const cueKindLabels: Record<CueKind, string> = {
  'contested-term': 'Contested term',
  loaded: 'Loaded wording',
  hedge: 'Hedge',
  'reporting-verb': 'Reporting verb',
  source: 'Source',
  quote: 'Quote',
  metaphor: 'Metaphor',
  contradiction: 'Contradiction',
  frame: 'Frame',
};

/** What a kind means, one line, for the legend's tooltips. */
export const cueKindHints: Record<CueKind, string> = {
  'contested-term':
    'A term from a contested set: outlets on different sides name this differently.',
  loaded: 'Wording that carries a judgement or alarm rather than describing.',
  hedge: 'Distances the author from a claim: reported, believed, alleged.',
  'reporting-verb': 'How a statement is attributed: said, claimed, admitted, denied.',
  source: 'Who the article credits for its information.',
  quote: 'Words put in someone’s mouth, with the speaker.',
  metaphor: 'A figure of speech that pictures the event a certain way.',
  contradiction: 'Disagrees with an aligned passage of another outlet.',
  frame: 'The leading frame dimension of a paragraph or passage.',
};

/** The frame dimension named in a frame cue's detail (`frame: security-defense (3 …)`). */
export function frameDimension(detail: string): string {
  const match = /^frame:\s*([^\s(]+)/.exec(detail);
  return match?.[1] ?? detail;
}

/** The speaker named in a quote cue's detail (`…; speaker: NATO (nato)`), or null. */
export function quoteSpeaker(detail: string): string | null {
  const match = /speaker:\s*([^;]+?)\s*(?:\([^)]*\))?\s*(?:;|$)/.exec(detail);
  return match?.[1] ?? null;
}

/** The tooltip of one cue: its kind, then why it was flagged. */
export function cueTooltip(cue: FramingCue): string {
  if (cue.kind === 'quote') {
    const speaker = quoteSpeaker(cue.detail);
    return `Quote — ${speaker ? `speaker: ${speaker}` : cue.detail}`;
  }
  return `${cueKindLabels[cue.kind]} — ${cue.detail}`;
}
