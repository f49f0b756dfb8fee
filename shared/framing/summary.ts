/**
 * Per-article cue figures for the framing summary panel: counts and rates per 1,000 words for
 * each cue kind, loaded versus neutral reporting verbs, and the term chosen from each contested
 * set (so outlets can be compared: "annexation" in one column, "reunification" in another).
 */
import type { Cue } from './cues.ts';
import type { CueKind } from './lexicon-schema.ts';
import { CUE_KINDS } from './cues.ts';

/** The terms an article uses from one contested set. */
export interface TermChoice {
  set: string;
  side: string;
  /** The forms used, as written, with how often. */
  terms: Record<string, number>;
}

/** Cue figures of one article. */
export interface CueSummary {
  words: number;
  counts: Record<CueKind, number>;
  per1000Words: Record<CueKind, number>;
  /** Reporting verbs by stance. */
  verbs: { neutral: number; loaded: number };
  /** Loaded reporting verbs per 1,000 words. */
  loadedVerbsPer1000Words: number;
  termChoices: TermChoice[];
}

function zeros(): Record<CueKind, number> {
  return Object.fromEntries(CUE_KINDS.map((k) => [k, 0])) as Record<CueKind, number>;
}

/** Summarises the cues of one text (`cues` from `detectCues` over that same text). */
export function summarizeCues(text: string, cues: readonly Cue[]): CueSummary {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const rate = (n: number) => (words === 0 ? 0 : (n * 1000) / words);
  const counts = zeros();
  const verbs = { neutral: 0, loaded: 0 };
  const choices = new Map<string, TermChoice>();
  for (const cue of cues) {
    counts[cue.kind] += 1;
    if (cue.kind === 'reporting-verb' && cue.stance !== undefined) verbs[cue.stance] += 1;
    if (cue.kind === 'contested-term' && cue.set !== undefined && cue.side !== undefined) {
      const key = `${cue.set}\u0000${cue.side}`;
      const choice = choices.get(key) ?? { set: cue.set, side: cue.side, terms: {} };
      const form = cue.text.replace(/\s+/g, ' ');
      choice.terms[form] = (choice.terms[form] ?? 0) + 1;
      choices.set(key, choice);
    }
  }
  const per1000Words = zeros();
  for (const kind of CUE_KINDS) per1000Words[kind] = rate(counts[kind]);
  return {
    words,
    counts,
    per1000Words,
    verbs,
    loadedVerbsPer1000Words: rate(verbs.loaded),
    termChoices: [...choices.values()],
  };
}
