/**
 * Who says it: turns the words naming a speaker ("NATO's General Philip Breedlove", "the expert",
 * "he", "в Объединенном командовании", "Генсека") into a speaker name and side, using the people
 * named in the article, the speakers already attributed before this point, and the speaker-role
 * lexicon (institutions with display labels, role nouns, sides).
 */
import { stemWord } from '../align/stem.ts';
import { matchKind } from './cues.ts';
import type { Lexicons } from './lexicons.ts';
import { wordsOf } from './matcher.ts';
import type { Person, PersonMention } from './persons.ts';

/** A resolved speaker. */
export interface Speaker {
  name: string;
  side: string | null;
  person: Person | null;
  /**
   * A speaker named by a singular role phrase ("the EU's foreign policy chief"), not a person
   * named in the text: a later "he" or "she" may refer to it.
   */
  role?: true;
}

/** A speaker attributed at a text position, remembered for later pronouns and role nouns. */
export interface SpeakerEvent {
  position: number;
  speaker: Speaker;
}

/** What attribution needs to know about the article. */
export interface AttributionContext {
  text: string;
  language: string;
  lexicons: Lexicons;
  persons: readonly Person[];
  /** First person mention of each sentence (the sentence's topic), by position. */
  topics: ReadonlyArray<{ position: number; person: Person }>;
  history: SpeakerEvent[];
}

const PERSON_PRONOUNS = new Set([
  'he',
  'she',
  'him',
  'her',
  'он',
  'она',
  'він',
  'вона',
  'его',
  'её',
  'ее',
  'його',
  'її',
]);
const GROUP_PRONOUNS = new Set(['they', 'it', 'там', 'они', 'вони', 'тут', 'их', 'їхніми']);
/** Openers and prepositions before a speaker ("However, the", "Однако", "в командовании"). */
const LEADING_NOISE =
  /^(?:[\s,;:–—"'-]|(?:however|but|and|also|earlier|later|previously|the|with|by|among|while|однако|но|и|также|как|ранее|позже|позднее|затем|тогда|раньше|в|во|у|на|от|при)(?![\p{L}]))+/iu;
/** Auxiliaries and adverbs between a subject and its verb ("The bloc has", "В командовании не"). */
const TRAILING_NOISE =
  /(?:\s+(?:has|have|had|is|was|were|are|will|would|also|repeatedly|reportedly|не|также|уже|ранее|тоже))+\s*$/iu;
const RELATIVE =
  /^\s*(?:who|which|whose|that|который|которая|которое|которые|котрий|яка)(?![\p{L}])/iu;
/** A relative pronoun inside a phrase, followed by the relative clause's own subject. */
const RELATIVE_INSIDE = /\s(?:who|which|that|который|которая|которое|которые|котрий|яка)\s/giu;
/** Appositions that are not the speaker: "(states,) led by Poland and Italy(, insisted)". */
const APPOSITION =
  /^\s*(?:\p{Ll}+ed by|including|such as|along with|together with|as well as|among them|во главе с|в том числе|включая|среди них)(?![\p{L}])/iu;
/** "The ministry", "ведомство": an institution named before, not a new speaker. */
const INSTITUTION_ANAPHOR =
  /^(?:the\s+)?(?:ministry|department|agency|office|(?:министерств|ведомств|відомств|міністерств)\p{L}*)$/u;
/** A word that refers back to an institution named before ("представитель ведомства"). */
const INSTITUTION_ANAPHOR_WORD = /(?:^|\s)(?:ведомств|відомств)\p{L}*(?:\s|$)/u;
/** An English role noun refers back to someone only when definite ("the minister", "this official"). */
const DEFINITE = /(?:^|[^\p{L}])(?:the|this|that)\s/iu;
const ROLE_FAMILIES = new Set(['official', 'analyst']);
/**
 * Words naming the country a side's institutions belong to: "Russia's Ministry of Defense" and
 * "Минобороны России" are the Russian ministry, "Azerbaijan's defence ministry" is not.
 */
const SIDE_COUNTRY: Readonly<Record<string, RegExp>> = {
  russia: /^(?:russia|russian|moscow|росси|рф$|москв|кремл)/iu,
  ukraine: /^(?:ukrain|kyiv|kiev|украин|киев|київ)/iu,
  us: /^(?:us$|u$|america|united|washington|сша$|америк|вашингтон)/iu,
  uk: /^(?:uk$|brit|united|london|великобритан|британ|лондон)/iu,
  china: /^(?:china|chinese|beijing|prc$|кнр$|кита|пекин)/iu,
  nato: /^(?:nato|north|allied|нато)/iu,
  eu: /^(?:eu$|european|europe|brussels|ес$|европ|брюссел)/iu,
};
const SIDE_FAMILIES = new Set(['institution']);
const MAX_PHRASE_WORDS = 8;

/** Whether the phrase names the speaker before its verb (subject) or after it. */
export type PhraseRole = 'subject' | 'after-verb';

/**
 * The part of a phrase that names the speaker: a subject is the comma-separated part nearest the
 * verb ("At that time, the bloc also said" → "the bloc"); after a verb it is the first part ("said
 * Porter, adding ..."). Relative clauses, adverbials and auxiliaries are cut.
 */
function cleanPhrase(phrase: string, role: PhraseRole): string {
  const parts = phrase
    .split(/[,;]/)
    .filter((p) => /\p{L}/u.test(p) && !RELATIVE.test(p) && !APPOSITION.test(p));
  // "X, a paramilitary group led by Y, (accused)": the part before the verb's comma is an
  // apposition of the subject before it.
  const apposed = role === 'subject' && /,\s*$/.test(phrase) && parts.length >= 2;
  let part = (role === 'subject' ? parts[parts.length - (apposed ? 2 : 1)] : parts[0]) ?? '';
  // "a region that Armenia (says)": the subject of the verb is the one inside the relative clause.
  if (role === 'subject') {
    const relative = [...part.matchAll(RELATIVE_INSIDE)].pop();
    if (relative !== undefined) part = part.slice(relative.index + relative[0].length);
  }
  // Prepositional tails go after the openers: "в командовании" keeps its noun, "глава МИД на
  // пресс-конференции" loses its tail.
  const bare = part.replace(LEADING_NOISE, '');
  const tail = /\s(?:on|at|as|in|during|while|after|before|на|в|во|после|перед)\s/iu;
  const cut = bare.split(tail)[0] ?? '';
  return cut
    .replace(/[\s.,;:"'”»]+$/u, '')
    .replace(TRAILING_NOISE, '')
    .trim();
}

/**
 * Who a later "he" or "she" stands for: the latest person in topic position or speaking, or a
 * speaker named by a singular role phrase if one spoke later than that.
 */
function latestPerson(ctx: AttributionContext, position: number): Speaker | null {
  let topic: { position: number; person: Person } | null = null;
  for (const t of ctx.topics)
    if (t.position < position && (topic === null || t.position > topic.position)) topic = t;
  let spoke: SpeakerEvent | null = null;
  for (const e of ctx.history) {
    if (
      (e.speaker.person !== null || e.speaker.role === true) &&
      e.position < position &&
      (spoke === null || e.position > spoke.position)
    )
      spoke = e;
  }
  if (spoke !== null && (topic === null || spoke.position > topic.position)) return spoke.speaker;
  return topic === null ? null : personSpeaker(ctx, topic.person);
}

/** The latest institution (not a person, not a role phrase) that spoke before `position`. */
function latestInstitution(ctx: AttributionContext, position: number): Speaker | null {
  const before = ctx.history.filter(
    (e) => e.position < position && e.speaker.person === null && e.speaker.role !== true,
  );
  return before[before.length - 1]?.speaker ?? null;
}

function latestSpeaker(ctx: AttributionContext, position: number): Speaker | null {
  const before = ctx.history.filter((e) => e.position < position);
  return before[before.length - 1]?.speaker ?? null;
}

/** The side of a person, read from the institutions named in their titles and appositions. */
export function sideOfPerson(ctx: AttributionContext, person: Person): string | null {
  for (const descriptor of person.descriptors) {
    const hits = matchKind(wordsOf(descriptor), ctx.language, ctx.lexicons, 'speaker-role');
    const institution = hits.find((h) => SIDE_FAMILIES.has(h.value.entry.family ?? ''));
    if (institution?.value.entry.side !== undefined) return institution.value.entry.side;
  }
  return null;
}

function personSpeaker(ctx: AttributionContext, person: Person): Speaker {
  return { name: person.name, side: sideOfPerson(ctx, person), person };
}

/**
 * Whether a mention sits in an apposition of the subject, between commas after it ("Hikmet
 * Hajiyev, an adviser to President Ilham Aliyev, said"): that person is described, not speaking.
 */
function inApposition(text: string, start: number, end: number, m: PersonMention): boolean {
  const open = text.lastIndexOf(',', m.start);
  const close = text.indexOf(',', m.end);
  if (open < start || close < 0 || close >= end) return false;
  return /^\s*(?:an?|the|one|its|his|her|their)\s/iu.test(text.slice(open + 1, m.start));
}

/** The person named in [start, end), by any mention (full name or surname). */
function personIn(
  ctx: AttributionContext,
  start: number,
  end: number,
  role: PhraseRole,
): Person | null {
  let found: { at: number; person: Person } | null = null;
  for (const person of ctx.persons) {
    for (const m of person.mentions) {
      if (
        m.start < start ||
        m.end > end ||
        RELATIVE.test(ctx.text.slice(ctx.text.lastIndexOf(',', m.start) + 1, m.start)) ||
        (role === 'subject' && inApposition(ctx.text, start, end, m))
      )
        continue;
      const better =
        found === null || (role === 'subject' ? m.start > found.at : m.start < found.at);
      if (better) found = { at: m.start, person };
    }
  }
  return found?.person ?? null;
}

/** A person earlier in the text described by the same role noun ("the analyst", "Генсека"). */
function personByRole(
  ctx: AttributionContext,
  roleWords: string[],
  position: number,
): Person | null {
  const stems = new Set(roleWords.map((w) => stemWord(w.toLowerCase())));
  let best: { at: number; person: Person } | null = null;
  for (const person of ctx.persons) {
    const described = person.descriptors.some((d) =>
      (d.match(/\p{L}+/gu) ?? []).some((w) => stems.has(stemWord(w.toLowerCase()))),
    );
    const at = person.mentions[0]?.start ?? Infinity;
    if (described && at < position && (best === null || at > best.at)) best = { at, person };
  }
  return best?.person ?? null;
}

/**
 * Whether a capitalised word outside the lexicon's matches names another owner of a generic
 * institution ("Azerbaijan's defence ministry", "Минобороны Азербайджана"): the ministry is then
 * not the one the lexicon's label stands for.
 */
function ownedByOther(
  phrase: string,
  wt: ReturnType<typeof wordsOf>,
  institution: ReturnType<typeof matchKind>[number],
  roles: ReturnType<typeof matchKind>,
): boolean {
  const side = institution.value.entry.side ?? '';
  const own = SIDE_COUNTRY[side];
  return wt.words.some((w, i) => {
    const written = phrase.slice(w.start, w.end);
    if (!/^\p{Lu}/u.test(written)) return false;
    if (roles.some((h) => i >= h.firstWord && i < h.endWord)) return false;
    return own === undefined || !own.test(written);
  });
}

/**
 * The owner of an institution named with its country when the lexicon gives them different sides
 * ("Azerbaijan's defence ministry", "Минобороны Азербайджана": the generic ministry entry stands
 * for Russia's, the country word for Azerbaijan): the side of the words that name a country, or
 * null when they name several ("Russian and Ukrainian officials"). Null when all agree.
 */
function institutionOwner(
  wt: ReturnType<typeof wordsOf>,
  roles: ReturnType<typeof matchKind>,
): { side: string | null } | null {
  const institutions = roles.filter(
    (h) => SIDE_FAMILIES.has(h.value.entry.family ?? '') && h.value.entry.side !== undefined,
  );
  if (new Set(institutions.map((h) => h.value.entry.side)).size < 2) return null;
  const countries = new Set(
    institutions
      .filter((h) => {
        const country = SIDE_COUNTRY[h.value.entry.side ?? ''];
        const words = wt.words.slice(h.firstWord, h.endWord);
        return country === undefined || words.some((w) => country.test(w.text));
      })
      .map((h) => h.value.entry.side ?? ''),
  );
  return { side: countries.size === 1 ? ([...countries][0] ?? null) : null };
}

/**
 * Resolves the speaker named by `text.slice(start, end)`, at `position` in the article. Order:
 * a named person; a pronoun (the latest person speaking or in topic position); a role noun that
 * an earlier person was described by; an institution from the role lexicon; the phrase itself.
 */
export function resolveSpeaker(
  ctx: AttributionContext,
  start: number,
  end: number,
  position: number,
  role: PhraseRole,
): Speaker | null {
  const named = personIn(ctx, start, end, role);
  if (named !== null) return personSpeaker(ctx, named);
  const phrase = cleanPhrase(ctx.text.slice(start, end), role);
  if (!/\p{L}/u.test(phrase)) return null;
  const lower = phrase.toLowerCase();
  if (PERSON_PRONOUNS.has(lower)) return latestPerson(ctx, position);
  if (GROUP_PRONOUNS.has(lower)) return latestSpeaker(ctx, position);
  if (INSTITUTION_ANAPHOR.test(lower) || INSTITUTION_ANAPHOR_WORD.test(lower)) {
    const institution = latestInstitution(ctx, position);
    if (institution !== null) return institution;
  }
  const wt = wordsOf(phrase);
  const roles = matchKind(wt, ctx.language, ctx.lexicons, 'speaker-role');
  const institution = roles.find(
    (h) => h.value.entry.label !== undefined && SIDE_FAMILIES.has(h.value.entry.family ?? ''),
  );
  const roleHits = roles.filter((h) => ROLE_FAMILIES.has(h.value.entry.family ?? ''));
  if (roleHits.length > 0 && institution === undefined) {
    const roleWords = roleHits.flatMap((h) =>
      wt.words.slice(h.firstWord, h.endWord).map((w) => w.text),
    );
    // "Analysts say" names a group, not the last person mentioned.
    const isPlural = roleWords.some((w) => /(?:[^s]s|ы|и|ов|ев|ей)$/u.test(w) && w.length > 4);
    // "the Gaza health ministry", "Police": a new speaker, not a way of naming someone before.
    const qualified = wt.words.some(
      (w, i) =>
        /^\p{Lu}\p{Ll}/u.test(phrase.slice(w.start, w.end)) &&
        !roleHits.some((h) => i >= h.firstWord && i < h.endWord),
    );
    const definite = ctx.language !== 'en' || DEFINITE.test(ctx.text.slice(start, end));
    const refersBack = !isPlural && !qualified && definite;
    const person = refersBack ? personByRole(ctx, roleWords, position) : null;
    if (person !== null && wt.words.length <= 3) return personSpeaker(ctx, person);
    const latest = refersBack ? latestPerson(ctx, position) : null;
    if (latest !== null && latest.role !== true && wt.words.length <= 3) return latest;
  }
  const owner = institutionOwner(wt, roles);
  if (owner !== null) return { name: phrase, side: owner.side, person: null };
  if (institution !== undefined && ownedByOther(phrase, wt, institution, roles)) {
    return { name: phrase, side: null, person: null };
  }
  if (institution !== undefined) {
    const { entry } = institution.value;
    return { name: entry.label ?? phrase, side: entry.side ?? null, person: null };
  }
  // A phrase that names no one (no capital, no role: "The plan reportedly calls for") is no speaker.
  if (wt.words.length > MAX_PHRASE_WORDS || (roles.length === 0 && !/\p{Lu}/u.test(phrase)))
    return null;
  const sided = roles.find(
    (h) => h.value.entry.side !== undefined && SIDE_FAMILIES.has(h.value.entry.family ?? ''),
  );
  const singularRole = roleHits.length > 0 && !/(?:[^s]s|ы|и|ов|ев|ей)$/u.test(lower);
  return {
    name: phrase,
    side: sided?.value.entry.side ?? roles[0]?.value.entry.side ?? null,
    person: null,
    ...(singularRole ? { role: true as const } : {}),
  };
}
