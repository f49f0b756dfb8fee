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
  /^(?:according to|as quoted by|quoted by|по (?:(?:его|её|ее|их) )?словам|по данным|по информации|по мнению|за (?:(?:його|її|їхніми) )?словами|за даними)$/iu;
/** The possessive inside "по его словам", "за її словами": the speaker named by a pronoun. */
const POSSESSIVE_IN_VERB = /\s(его|её|ее|их|його|її|їхніми)\s/iu;
const MIN_REPORTED_WORDS = 3;
/** Words a speaker phrase may have before its verb ("NATO's General Philip Breedlove"). */
export const MAX_SPEAKER_WORDS = 6;
/** Reported speech with the speaker after the verb has a short tail: `..., said NATO.` */
const MAX_TAIL_WORDS = 8;
/** `..., Danilov told Radio Sputnik.`: what may follow a verb whose speaker precedes it. */
const MAX_OBJECT_WORDS = 3;
/** An article, a common noun, then a new subject: "an accusation Ukraine (denies)". */
const OBJECT_RELATIVE = /^\s*(?:a|an|the)\s+\p{Ll}+\s+\p{Lu}/u;
/** Verb families that take an object rather than report speech after or before them. */
const OBJECT_VERB_FAMILIES = new Set(['accusation', 'denial', 'dismissal']);
/** A relative pronoun right before a verb: "(official,) who spoke (on condition of anonymity)". */
const IN_RELATIVE =
  /(?:^|[^\p{L}])(?:who|which|который|которая|которое|которые|котрий|яка|які)\s+$/iu;
const RELATIVE_START =
  /^\s*(?:who|which|whose|который|которая|которое|которые|котрий|яка|які)(?!\p{L})/iu;
const COMPLEMENT = /^\s*,?\s*(?:that|что|що|как|як)(?!\p{L})/iu;
const SUBORDINATE =
  /^\s*(?:as|while|when|although|though|because|after|before|since|if|как|когда|хотя|пока|поскольку|после того|коли|поки)(?!\p{L})/iu;

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

/**
 * A longer object before "that" ("told a news conference in Pristina that", "заявил на
 * пресс-конференции в Москве, что"): after a verb that takes a hearer, or before ", что".
 */
const LONG_OBJECT_THEN_THAT =
  /^[\s,:]*(?:[\p{L}.-]+\s+){0,5}?[\p{L}.-]+(?:,\s+(?:that|что|що)|\s+that)(?!\p{L})/iu;
const LONG_OBJECT_COMMA_THAT =
  /^[\s,:]*(?:(?:[\p{L}.-]+\s+)?[\p{L}.-]+|(?:на|в|во|по|перед|при|после|у|з|із|під)\s+(?:[\p{L}.-]+\s+){0,4}?[\p{L}.-]+),\s+(?:что|що)(?!\p{L})/iu;
/** Verbs whose first object is the hearer: "told", "telling", "assured", "informed", "reminded". */
const HEARER_VERB =
  /^(?:tell|tells|told|telling|assure[sd]?|assuring|inform(?:s|ed|ing)?|remind(?:s|ed|ing)?|brief(?:s|ed|ing)?)$/iu;

function trimContent(
  text: string,
  start: number,
  end: number,
  verb: Cue | null = null,
): { start: number; end: number } {
  const slice0 = text.slice(start, end);
  const object =
    (verb !== null && HEARER_VERB.test(verb.text) ? LONG_OBJECT_THEN_THAT.exec(slice0) : null) ??
    LONG_OBJECT_COMMA_THAT.exec(slice0);
  if (object !== null) start += object[0].length;
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
 * The speaker named after the content: `..., said NATO.` (after the verb), `..., political analyst
 * Dmitry Danilov told Radio Sputnik.` or `..., Ukrainian officials said Tuesday, as ...` (between
 * the last comma and the verb, with at most a short object or time after the verb).
 */
function speakerAfterContent(
  text: string,
  verb: Cue,
  s: { start: number; end: number },
): ReportedShape | null {
  // "..., an accusation Moscow denies", "..., accused the army of ...": these verbs take an object;
  // the clause before them is not their speaker's words.
  if (OBJECT_VERB_FAMILIES.has(verb.family ?? '')) return null;
  const head = text.slice(s.start, verb.start);
  const tailToEnd = wordCount(text.slice(verb.end, s.end));
  const complement = COMPLEMENT.test(text.slice(verb.end, s.end));
  if (/,\s*$/.test(head) && tailToEnd <= MAX_TAIL_WORDS && !complement) {
    return { verb, who: [verb.end, s.end], role: 'after-verb', content: [s.start, verb.start] };
  }
  // "..., подчеркнули, что ...": the content follows the verb; "..., as Moscow denied it": a
  // subordinate clause, not the speaker of what precedes it.
  if (complement) return null;
  if (SUBORDINATE.test(head.slice(head.lastIndexOf(',') + 1))) return null;
  const nextComma = text.slice(verb.end, s.end).indexOf(',');
  const tail = wordCount(text.slice(verb.end, nextComma < 0 ? s.end : verb.end + nextComma));
  const comma = head.lastIndexOf(',');
  if (comma < 0 || tail > MAX_OBJECT_WORDS) return null;
  if (wordCount(head.slice(comma)) > MAX_SPEAKER_WORDS + 2) return null;
  // "..., an accusation Ukraine denies": a clause about a noun, not the speaker of what precedes.
  if (OBJECT_RELATIVE.test(head.slice(comma + 1))) return null;
  if (wordCount(head.slice(0, comma)) < MIN_REPORTED_WORDS) return null;
  return {
    verb,
    who: [s.start + comma + 1, verb.start],
    role: 'subject',
    content: [s.start, s.start + comma],
  };
}

/**
 * The shapes of reported speech, tried in order: the speaker after the content (see
 * {@link speakerAfterContent}, last verb first), "according to X, ...", and the speaker as subject
 * (`Moscow says the event ...`).
 */
function reportedShape(
  text: string,
  verbs: readonly Cue[],
  s: { start: number; end: number },
): ReportedShape | null {
  // "Kyiv does not comment on the strikes" reports no speech.
  const inSentence = verbsIn(verbs, s.start, s.end).filter(
    (v) => v.negated !== true && !IN_RELATIVE.test(text.slice(s.start, v.start)),
  );
  for (const verb of [...inSentence].reverse()) {
    const shape = speakerAfterContent(text, verb, s);
    if (shape !== null) return shape;
  }
  const according = inSentence.find((v) => ACCORDING.test(v.text.replace(/\s+/g, ' ')));
  const comma = according === undefined ? -1 : text.indexOf(',', according.end);
  if (according !== undefined && comma > 0 && comma < s.end) {
    // "According to the ministry, which is run by Hamas, more than ...": the relative clause
    // describes the source; the content starts after it.
    const closing = RELATIVE_START.test(text.slice(comma + 1, s.end))
      ? text.indexOf(',', comma + 1)
      : -1;
    const contentStart = closing > 0 && closing < s.end ? closing + 1 : comma + 1;
    const pronoun = POSSESSIVE_IN_VERB.exec(according.text);
    const pronounStart = pronoun === null ? -1 : according.start + pronoun.index + 1;
    return {
      verb: according,
      who:
        pronoun === null
          ? [according.end, comma]
          : [pronounStart, pronounStart + (pronoun[1] ?? '').length],
      role: 'after-verb',
      content: [contentStart, s.end],
    };
  }
  // "denied the accusation, telling Al Jazeera that ...": the speaking verb carries the content.
  // "X, speaking on condition of anonymity, claimed that": the participle is an aside.
  const main = inSentence.filter(
    (v, i) =>
      i === inSentence.length - 1 ||
      !(/ing$/iu.test(v.text) && /,\s*$/u.test(text.slice(s.start, v.start))),
  );
  const first = main.find((v) => !OBJECT_VERB_FAMILIES.has(v.family ?? '')) ?? main[0];
  const subjectEnd = main[0];
  if (first === undefined || subjectEnd === undefined) return null;
  // The subject ends at its first verb ("Министерство осудило учения и заявило, что ...").
  return {
    verb: first,
    who: [s.start, subjectEnd.start],
    role: 'subject',
    content: [first.end, s.end],
  };
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
  const range = trimContent(ctx.text, content[0], content[1], verb);
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
