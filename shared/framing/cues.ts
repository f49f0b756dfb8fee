/**
 * Framing cues: contested terms, hedges, reporting verbs, loaded words and metaphors found in a
 * text from the lexicons, with offsets into the original text and the lexicon's explanation.
 */
import type { CueKind, LexiconKind } from './lexicon-schema.ts';
import { compiledFor, type CompiledLanguage, type LoadedEntry, type Lexicons } from './lexicons.ts';
import { findAll, keepLongest, wordsOf, type PatternHit, type WordedText } from './matcher.ts';

/** One highlighted cue. Offsets are UTF-16 indexes into the text passed in, end exclusive. */
export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  /** The text as written (NBSP, curly quotes and case preserved). */
  text: string;
  entryId: string;
  /** The lexicon's explanation, for the tooltip. */
  why: string;
  /** Contested terms: the id of the set of competing terms. */
  set?: string;
  /** Contested terms: the side whose usage this is. */
  side?: string;
  /** Reporting verbs: neutral or loaded. */
  stance?: 'neutral' | 'loaded';
  /** Hedge type, loaded-word family, metaphor family, verb family. */
  family?: string;
  /** Reporting verbs: negated ("did not deny", "не опровергли"), which turns the stance around. */
  negated?: boolean;
}

/** The cue kinds, in the order the legend shows them. */
export const CUE_KINDS: readonly CueKind[] = [
  'contested-term',
  'hedge',
  'reporting-verb',
  'loaded',
  'metaphor',
];

/** Options of {@link detectCues}. */
export interface DetectOptions {
  /** Only these kinds (all when omitted). */
  kinds?: readonly CueKind[];
}

function vetoed(hit: PatternHit<LoadedEntry>, vetoHits: PatternHit<LoadedEntry>[]): boolean {
  return vetoHits.some((v) => v.value === hit.value && v.start < hit.end && hit.start < v.end);
}

/**
 * A prefix joined by a hyphen that turns a word around: "de-escalate" is no alarm wording,
 * "non-aggression" no pejorative, "counter-propaganda" not propaganda.
 */
const NEGATING_PREFIX = /(?:^|[^\p{L}])(?:de|non|anti|counter|де|анти|контр)[-\u2010\u2011]$/iu;

/** A negation right before a verb: "not", "n't", "never", "не", "ні". */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:not|never|не|ні)\s+$|n['’]t\s+$/iu;

function toCue(text: string, kind: CueKind, hit: PatternHit<LoadedEntry>): Cue {
  const { entry } = hit.value;
  const cue: Cue = {
    kind,
    start: hit.start,
    end: hit.end,
    text: text.slice(hit.start, hit.end),
    entryId: entry.id,
    why: entry.why,
  };
  if (entry.set !== undefined) cue.set = entry.set;
  if (entry.side !== undefined) cue.side = entry.side;
  if (entry.stance !== undefined) cue.stance = entry.stance;
  if (entry.family !== undefined) cue.family = entry.family;
  if (
    kind === 'reporting-verb' &&
    NEGATED_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start))
  ) {
    cue.negated = true;
  }
  return cue;
}

/**
 * Finds framing cues in `text` (an article or a passage) for `language` (ISO 639-1; null or
 * unknown → English). Matching ignores case, ё/е, no-break spaces, curly quotes and dash variants;
 * Russian forms come from the patterns' wildcards and listed forms. Within one kind a phrase is
 * reported once, by its longest entry ("media reported", not also "reported"); different kinds may
 * overlap ("dismissed" is a reporting verb, "groundless" may be loaded). Sorted by start.
 */
export function detectCues(
  text: string,
  language: string | null,
  lexicons: Lexicons,
  options: DetectOptions = {},
): Cue[] {
  const compiled = compiledFor(lexicons, language);
  const kinds = options.kinds ?? CUE_KINDS;
  const wt = wordsOf(text);
  const vetoHits = findAll(compiled.vetoes, wt);
  const cues: Cue[] = [];
  for (const kind of kinds) {
    const matcher = compiled.byKind.get(kind as LexiconKind);
    if (matcher === undefined) continue;
    const hits = findAll(matcher, wt).filter(
      (h) =>
        !vetoed(h, vetoHits) &&
        !NEGATING_PREFIX.test(text.slice(Math.max(0, h.start - 9), h.start)),
    );
    for (const hit of keepLongest(hits, () => kind)) cues.push(toCue(text, kind, hit));
  }
  const kept = withoutUnanchoredSets(withoutDoubleCounts(cues), compiled.files, text);
  return withoutLoneNeutralTerms(kept, compiled.files).sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

const anchorPatterns = new Map<string, RegExp>();

/** A matcher for word beginnings ("donbas" matches "Donbass", "Donbas's"), cached by list. */
function anchorPattern(anchors: readonly string[]): RegExp {
  const key = anchors.join('\u0000');
  let re = anchorPatterns.get(key);
  if (re === undefined) {
    const escaped = anchors.map((a) => a.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})`, 'iu');
    anchorPatterns.set(key, re);
  }
  return re;
}

/** Drops the terms of sets with `anchors` from a text that does not name the set's conflict. */
function withoutUnanchoredSets(cues: Cue[], files: CompiledLanguage['files'], text: string): Cue[] {
  const unnamed = new Set(
    files
      .flatMap((f) => f.sets ?? [])
      .filter((s) => s.anchors !== undefined && s.anchors.length > 0)
      .filter((s) => !anchorPattern(s.anchors ?? []).test(text.replace(/ё/giu, 'е')))
      .map((s) => s.id),
  );
  if (unnamed.size === 0) return cues;
  return cues.filter(
    (c) => c.kind !== 'contested-term' || c.set === undefined || !unnamed.has(c.set),
  );
}

/**
 * Drops the neutral terms of sets marked `neutralInContrastOnly` ("government", "власти") from a
 * text that uses none of the set's sided terms: there they are ordinary words, not a choice.
 */
function withoutLoneNeutralTerms(cues: Cue[], files: CompiledLanguage['files']): Cue[] {
  const contrastOnly = new Set(
    files
      .flatMap((f) => (f.sets ?? []).filter((s) => s.neutralInContrastOnly === true))
      .map((s) => s.id),
  );
  if (contrastOnly.size === 0) return cues;
  const sided = new Set(
    cues
      .filter((c) => c.kind === 'contested-term' && c.side !== 'neutral' && c.set !== undefined)
      .map((c) => c.set),
  );
  return cues.filter(
    (c) =>
      c.kind !== 'contested-term' ||
      c.side !== 'neutral' ||
      c.set === undefined ||
      !contrastOnly.has(c.set) ||
      sided.has(c.set),
  );
}

/**
 * A word is counted once: a loaded word that is also a reporting verb ("insisted", "claimed") or
 * part of a hedge ("is believed to") is reported as that verb or hedge, which says more.
 */
function withoutDoubleCounts(cues: Cue[]): Cue[] {
  const covers = cues.filter((c) => c.kind === 'reporting-verb' || c.kind === 'hedge');
  if (covers.length === 0) return cues;
  return cues.filter(
    (c) => c.kind !== 'loaded' || !covers.some((o) => o.start <= c.start && c.end <= o.end),
  );
}

/** Matches of one lexicon kind over pre-split words (frame profiles, speaker roles). */
export function matchKind(
  wt: WordedText,
  language: string | null,
  lexicons: Lexicons,
  kind: LexiconKind,
): PatternHit<LoadedEntry>[] {
  const compiled = compiledFor(lexicons, language);
  const matcher = compiled.byKind.get(kind);
  if (matcher === undefined) return [];
  const vetoHits = findAll(compiled.vetoes, wt);
  const hits = findAll(matcher, wt).filter((h) => !vetoed(h, vetoHits));
  return keepLongest(hits, () => kind);
}
