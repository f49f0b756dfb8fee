/**
 * Quotes and reported speech with their speakers. Direct quotes come from the quote marks; the
 * speaker from the reporting verb after the quote (`," the expert said`, `", – пояснили в
 * командовании`), else before it (`He told Pavel the exercises were "..."`, `According to NATO's
 * website, the meeting "..."`), else from the quote it continues. Reported speech is a sentence
 * with a reporting verb and no quote marks (`Moscow says the event will ...`).
 */
import { splitSentences } from '../text/segment.ts';
import { resolveSpeaker, type AttributionContext } from './attribution.ts';
import { detectCues, type Cue } from './cues.ts';
import { defaultLexicons, type Lexicons } from './lexicons.ts';
import { findPersons, type Person } from './persons.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import {
  ACCORDING,
  MAX_SPEAKER_WORDS,
  reportedIn,
  toQuote,
  verbsIn,
  type Attributed,
} from './reported-speech.ts';

/** A quote or a piece of reported speech. Offsets into the text passed in, end exclusive. */
export interface Quote {
  kind: 'direct' | 'reported';
  /** For direct quotes, the quoted words without the marks. */
  start: number;
  end: number;
  text: string;
  /** Display name of the speaker (person, institution or the phrase naming them), or null. */
  speaker: string | null;
  /** The speaker's side from the speaker-role lexicon (`nato`, `russia`, ...), when known. */
  speakerSide?: string | null;
  /** The reporting verb as written, when one introduces the quote. */
  verb?: string | null;
}

/** Characters after a quote searched for its reporting verb. */
const AFTER_WINDOW = 160;
const CONNECTOR = /^[\s,]*(?:and|и|і|та|,)?[\s,]*$/iu;
const MEDIA_SIDES = new Set(['media', 'wire-agency']);

/** End of the sentence that continues at `from`, skipping dots of abbreviations ("Maj. Gen."). */
function sentenceEnd(text: string, from: number, limit: number): number {
  const re = /[.!?\n]/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < limit; m = re.exec(text)) {
    if (m[0] !== '.') return m.index;
    const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '';
    if (!/^(?:Maj|Gen|Lt|Col|Sgt|Capt|Adm|Dr|Mr|Mrs|Ms|St|Jr|U|S)$/.test(word)) return m.index;
  }
  return limit;
}

function sentenceStart(text: string, before: number, floor: number): number {
  for (let i = before - 1; i > floor; i -= 1) {
    const ch = text[i] ?? '';
    if (ch === '\n' || (/[.!?]/.test(ch) && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return floor;
}

/**
 * Whether the words between a quote and its verb name the speaker (`," the expert said`) rather
 * than continue the sentence (`"a follow-on" from the phone call ..., said NATO`).
 */
function isSpeakerPhrase(between: string): boolean {
  const head = (between.split(',').find((p) => /\p{L}/u.test(p)) ?? '').trim();
  if (
    head === '' ||
    /^(?:from|to|of|for|with|by|about|over|against|than|in|on|at|into|amid|after|before|during|under|near|across|что|из|от|для|о|об|с|в|во|на|по|после)(?![\p{L}])/iu.test(
      head,
    )
  )
    return false;
  return head.split(/\s+/).length <= MAX_SPEAKER_WORDS;
}

function attributeAfter(
  ctx: AttributionContext,
  verbs: readonly Cue[],
  q: QuoteSpan,
  stop: number,
): Attributed | null {
  const verb = verbsIn(verbs, q.end, Math.min(stop, q.end + AFTER_WINDOW))[0];
  if (verb === undefined) return null;
  const whoBefore = ctx.text.slice(q.end, verb.start);
  const speaker = isSpeakerPhrase(whoBefore)
    ? resolveSpeaker(ctx, q.end, verb.start, verb.start, 'subject')
    : resolveSpeaker(ctx, verb.end, stop, verb.start, 'after-verb');
  return { speaker, verb };
}

function attributeBefore(
  ctx: AttributionContext,
  verbs: readonly Cue[],
  from: number,
  q: QuoteSpan,
): Attributed | null {
  const verb = verbsIn(verbs, from, q.start).pop();
  if (verb === undefined) return null;
  if (ACCORDING.test(verb.text.replace(/\s+/g, ' '))) {
    const comma = ctx.text.indexOf(',', verb.end);
    const end = comma < 0 || comma > q.start ? q.start : comma;
    return { speaker: resolveSpeaker(ctx, verb.end, end, verb.start, 'after-verb'), verb };
  }
  const subject = resolveSpeaker(ctx, from, verb.start, verb.start, 'subject');
  return {
    speaker: subject ?? resolveSpeaker(ctx, verb.end, q.start, verb.start, 'after-verb'),
    verb,
  };
}

function isMedia(a: Attributed | null): boolean {
  return MEDIA_SIDES.has(a?.speaker?.side ?? '');
}

/** Picks the attribution: a real speaker over "media reported", which attributes the whole sentence. */
function choose(candidates: Array<Attributed | null>): Attributed {
  const found = candidates.filter((c): c is Attributed => c !== null && c.speaker !== null);
  return found.find((c) => !isMedia(c)) ?? found[0] ?? { speaker: null, verb: null };
}

/** First person mention of each sentence: the person a later "he" most likely refers to. */
function topicsOf(
  text: string,
  language: string,
  persons: readonly Person[],
): AttributionContext['topics'] {
  const mentions = persons
    .flatMap((person) => person.mentions.map((m) => ({ position: m.start, person })))
    .sort((a, b) => a.position - b.position);
  // Names inside quotations are not what a later "he" refers to ("... with Valery [Gerasimov]," he said).
  const quoted = findQuoteSpans(text);
  const outside = mentions.filter(
    (m) => !quoted.some((q) => m.position >= q.start && m.position < q.end),
  );
  const topics: Array<{ position: number; person: Person }> = [];
  for (const s of splitSentences(text, language)) {
    const first = outside.find((m) => m.position >= s.start && m.position < s.end);
    if (first !== undefined) topics.push(first);
  }
  return topics;
}

function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

type Previous = { q: QuoteSpan; a: Attributed } | null;

/**
 * The attribution of one direct quote: the verb after it, else before it, else the quote it is
 * chained to ("..." and "..."), else the previous quote of the same paragraph (a continuation).
 */
function attributeDirect(
  ctx: AttributionContext,
  verbs: readonly Cue[],
  q: QuoteSpan,
  nextQuote: number,
  previous: Previous,
): Attributed {
  const { text } = ctx;
  const lineStart = lineStartOf(text, q.start);
  const sameLine = previous !== null && previous.q.end >= lineStart ? previous : null;
  const stop = Math.min(sentenceEnd(text, q.end, text.length), nextQuote);
  const from = Math.max(sameLine?.q.end ?? lineStart, sentenceStart(text, q.start, lineStart));
  const chained =
    sameLine !== null && CONNECTOR.test(text.slice(sameLine.q.end, q.start)) ? sameLine.a : null;
  const a = choose([
    attributeAfter(ctx, verbs, q, stop),
    attributeBefore(ctx, verbs, from, q),
    chained,
  ]);
  return a.speaker === null && sameLine !== null ? sameLine.a : a;
}

/**
 * Direct quotes (every quote-mark style, two words or more) and reported speech in `text`, each
 * with its speaker: a person named in the article (pronouns and role nouns resolved to the person
 * they refer to), an institution from the speaker-role lexicon, or the phrase naming the speaker;
 * null when no attribution is found. In text order.
 */
export function extractQuotes(
  text: string,
  language: string,
  lexicons: Lexicons = defaultLexicons(),
): Quote[] {
  const persons = findPersons(text);
  const verbs = detectCues(text, language, lexicons, { kinds: ['reporting-verb'] });
  const spans = findQuoteSpans(text);
  const ctx: AttributionContext = {
    text,
    language,
    lexicons,
    persons,
    topics: topicsOf(text, language, persons),
    history: [],
  };
  const plain = splitSentences(text, language).filter(
    (s) => !spans.some((q) => q.start < s.end && s.start < q.end),
  );
  const events = [
    ...spans.map((q, i) => ({ at: q.start, q, i })),
    ...plain.map((s) => ({ at: s.start, s })),
  ].sort((a, b) => a.at - b.at);
  const quotes: Quote[] = [];
  let previous: Previous = null;
  for (const event of events) {
    if ('s' in event) {
      const r = reportedIn(ctx, verbs, event.s);
      if (r !== null) quotes.push(r);
      continue;
    }
    const { q, i } = event;
    const a = attributeDirect(ctx, verbs, q, spans[i + 1]?.start ?? text.length, previous);
    if (a.speaker !== null) ctx.history.push({ position: q.start, speaker: a.speaker });
    quotes.push(toQuote('direct', text, q.innerStart, q.innerEnd, a));
    previous = { q, a };
  }
  return quotes;
}
