/**
 * Reported speech: a sentence with a reporting verb and no quote marks ("Moscow says the event
 * will involve about 12,700 troops"; "..., said British Maj. Gen. Simon Porter"; "По словам
 * эксперта, ..."), with the speaker resolved like a direct quote's.
 */
import { resolveSpeaker, type AttributionContext, type Speaker } from './attribution.ts';
import type { Cue } from './cues.ts';
import { isTitleCaseLine } from './persons.ts';
import type { Quote } from './quotes.ts';

/** "According to X, ...": verbs whose speaker follows them up to a comma. */
export const ACCORDING =
  /^(?:according to|as quoted by|quoted by|по словам|по данным|по информации|по мнению|за словами|за даними)$/iu;
const MIN_REPORTED_WORDS = 3;
/** Words a speaker phrase may have before its verb ("NATO's General Philip Breedlove"). */
export const MAX_SPEAKER_WORDS = 6;
/** Reported speech with the speaker after the verb has a short tail: `..., said NATO.` */
const MAX_TAIL_WORDS = 8;
/** `..., Danilov told Radio Sputnik.`: what may follow a verb whose speaker precedes it. */
const MAX_OBJECT_WORDS = 3;

/** A speaker with the reporting verb that introduced them. */
export interface Attributed {
  speaker: Speaker | null;
  verb: Cue | null;
}

/** Words of a text (letters and digits runs). */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Reporting verbs inside [start, end). */
export function verbsIn(verbs: readonly Cue[], start: number, end: number): Cue[] {
  return verbs.filter((v) => v.start >= start && v.end <= end);
}

function trimContent(text: string, start: number, end: number): { start: number; end: number } {
  const slice = text.slice(start, end);
  const lead = /^[\s,:–—-]*(?:(?:that|что|що)(?!\p{L}))?[\s,:]*/iu.exec(slice)?.[0].length ?? 0;
  const trail = /[\s.,;:]*$/u.exec(slice)?.[0].length ?? 0;
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

interface ReportedShape {
  verb: Cue;
  who: [number, number];
  role: 'subject' | 'after-verb';
  content: [number, number];
}

/**
 * The shapes of reported speech, tried in order: the speaker at the end (`..., said NATO.`;
 * `..., political analyst Dmitry Danilov told Radio Sputnik.`), "according to X, ...", and the
 * speaker as subject (`Moscow says the event ...`).
 */
function reportedShape(
  text: string,
  verbs: readonly Cue[],
  s: { start: number; end: number },
): ReportedShape | null {
  const inSentence = verbsIn(verbs, s.start, s.end);
  const last = inSentence[inSentence.length - 1];
  if (last !== undefined && wordCount(text.slice(last.end, s.end)) <= MAX_TAIL_WORDS) {
    const head = text.slice(s.start, last.start);
    const comma = head.lastIndexOf(',');
    if (/,\s*$/.test(head))
      return {
        verb: last,
        who: [last.end, s.end],
        role: 'after-verb',
        content: [s.start, last.start],
      };
    const shortTail = wordCount(text.slice(last.end, s.end)) <= MAX_OBJECT_WORDS;
    if (comma > 0 && shortTail && wordCount(head.slice(comma)) <= MAX_SPEAKER_WORDS + 2) {
      return {
        verb: last,
        who: [s.start + comma + 1, last.start],
        role: 'subject',
        content: [s.start, s.start + comma],
      };
    }
  }
  const according = inSentence.find((v) => ACCORDING.test(v.text.replace(/\s+/g, ' ')));
  if (according !== undefined) {
    const comma = text.indexOf(',', according.end);
    if (comma > 0 && comma < s.end)
      return {
        verb: according,
        who: [according.end, comma],
        role: 'after-verb',
        content: [comma + 1, s.end],
      };
  }
  const first = inSentence[0];
  if (first === undefined) return null;
  return { verb: first, who: [s.start, first.start], role: 'subject', content: [first.end, s.end] };
}

/** Reported speech in one sentence without quote marks, or null; records its speaker. */
export function reportedIn(
  ctx: AttributionContext,
  verbs: readonly Cue[],
  s: { start: number; end: number },
): Quote | null {
  if (isTitleCaseLine(ctx.text, s.start)) return null;
  const shape = reportedShape(ctx.text, verbs, s);
  if (shape === null) return null;
  const { verb, who, role, content } = shape;
  const speaker = resolveSpeaker(ctx, who[0], who[1], verb.start, role);
  const range = trimContent(ctx.text, content[0], content[1]);
  if (speaker === null || wordCount(ctx.text.slice(range.start, range.end)) < MIN_REPORTED_WORDS)
    return null;
  ctx.history.push({ position: verb.start, speaker });
  return toQuote('reported', ctx.text, range.start, range.end, { speaker, verb });
}

/** A quote record from a range and its attribution. */
export function toQuote(
  kind: Quote['kind'],
  text: string,
  start: number,
  end: number,
  a: Attributed,
): Quote {
  return {
    kind,
    start,
    end,
    text: text.slice(start, end),
    speaker: a.speaker?.name ?? null,
    speakerSide: a.speaker?.side ?? null,
    verb: a.verb?.text ?? null,
  };
}
