/**
 * Contradictions between two aligned passages (the same fact told by two outlets, in the same or
 * different languages): a claim negated on one side only ("held at NATO's initiative" / "it is not
 * NATO's initiative"), different numbers for the same thing, different dates, or a different
 * initiator ("at Scaparrotti's initiative" / "по инициативе Герасимова"). Words are compared by
 * glossary concept across languages, by stem within one, names by their transliterated key.
 */
import { getDefaultGlossary, lookup } from '../align/glossary.ts';
import { stemWord } from '../align/stem.ts';
import { tokenize, isStopword, type Token } from '../align/tokens.ts';
import { entityKey } from '../align/transliterate.ts';
import { findDates } from '../import/metadata/find-dates.ts';

/** A range of one passage, offsets into that passage's text. */
export interface Span {
  start: number;
  end: number;
}

/** One contradiction between passage A and passage B. */
export interface Contradiction {
  kind: 'negation' | 'number' | 'date' | 'attribution';
  spanA: Span;
  spanB: Span;
  /** Explanation for the tooltip. */
  why: string;
}

interface KeyedToken {
  token: Token;
  key: string;
  isName: boolean;
}

/**
 * Negations, including the negative implicatives that deny the action that follows ("failed to
 * agree", "refused to", "unable to", "отказались"), so "failed to agree" and "не смогли
 * согласовать" state the same thing.
 */
const NEGATION =
  /(?:^|[^\p{L}])(?:not|no|never|neither|nor|without|fail|fails|failed|failing|unable|refuse|refuses|refused|refusing|не|ни|нет|без|отказал\p{L}*|отказыва\p{L}*|відмовил\p{L}*)$|n['’]t$/iu;
/** Tokens looked back from a word for a negation, within its clause. */
const NEGATION_REACH = 4;
/** Tokens either side in which the negated word must share a neighbour with the other passage. */
const NEIGHBOUR_REACH = 3;
const MIN_SHARED_KEYS = 2;
const INITIATOR_EN =
  /(?:at|on|upon)\s+(?:the\s+)?([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}-]*)?)['’]s\s+(initiative|request|invitation|proposal|suggestion)|(initiative|request|invitation|proposal|suggestion)\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)/gu;
const INITIATOR_RU =
  /по\s+(инициативе|просьбе|приглашению|предложению)\s+([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)/gu;
const CONCEPT_OF: Readonly<Record<string, string>> = {
  инициативе: 'initiative',
  просьбе: 'request',
  приглашению: 'invitation',
  предложению: 'proposal',
};

function keyed(text: string): KeyedToken[] {
  const glossary = getDefaultGlossary();
  return tokenize(text)
    .filter((t) => t.value === null && (t.isAcronym || !isStopword(t.lower)))
    .map((token) => {
      const isName = token.isAcronym || token.isCapitalized;
      const concept = lookup(glossary, token.text)[0];
      const key =
        isName && concept === undefined
          ? `name:${entityKey(token.text)}`
          : (concept ?? stemWord(token.lower));
      return { token, key, isName };
    });
}

/** The clause around [start, end): bounded by commas, semicolons, colons and sentence ends. */
function clauseOf(text: string, start: number, end: number): Span {
  const before = text.slice(0, start);
  const from =
    Math.max(
      ...[',', ';', ':', '.', '!', '?', '\n', '"', '“', '«'].map((c) => before.lastIndexOf(c)),
    ) + 1;
  const rest = text.slice(end).search(/[,;:.!?\n"”»]/);
  const to = rest < 0 ? text.length : end + rest;
  const lead = /^\s*/.exec(text.slice(from, to))?.[0].length ?? 0;
  return { start: from + lead, end: to };
}

function isNegated(text: string, token: Token): boolean {
  const clause = clauseOf(text, token.start, token.end);
  const words = text.slice(clause.start, token.start).trim().split(/\s+/).slice(-NEGATION_REACH);
  return words.some((w) => NEGATION.test(w.replace(/[^\p{L}'’]/gu, '')));
}

/**
 * Words of speaking: "NATO has not said that ..." against "the bloc said ..." is not a contradicted
 * claim (each reports a different statement).
 */
const SPEECH =
  /^(?:say|says|said|saying|tell|tells|told|state[sd]?|stating|announce[sd]?|comment(?:s|ed)?|report(?:s|ed)?|confirm(?:s|ed)?|заяв|сказа|сообщ|говор|отмет|коммент|подтверд|заяв|сказ|повідом|говор|підтверд)/iu;
/** "The first contact since 2014" agrees with "have not met since 2014" / "ни разу с 2014 года". */
const FIRST = /(?:^|[^\p{L}])(?:first|первы\p{L}*|перв\p{L}*|впервые|вперше)(?![\p{L}])/iu;
const SINCE =
  /(?:^|[^\p{L}])(?:since|before|until|ever|с|со|до|ни разу|никогда|з|відтоді)(?![\p{L}])/iu;

function hasNegation(clause: string): boolean {
  return clause.split(/\s+/).some((w) => NEGATION.test(w.replace(/[^\p{L}'’]/gu, '')));
}

function agreesAsFirstSince(asserting: string, negating: string): boolean {
  return FIRST.test(asserting) && SINCE.test(negating);
}

function neighbours(tokens: KeyedToken[], i: number): Set<string> {
  return new Set(
    tokens.slice(Math.max(0, i - NEIGHBOUR_REACH), i + NEIGHBOUR_REACH + 1).map((t) => t.key),
  );
}

function negations(a: string, b: string, ta: KeyedToken[], tb: KeyedToken[]): Contradiction[] {
  const found: Contradiction[] = [];
  ta.forEach((x, i) => {
    if (x.isName || SPEECH.test(x.token.lower)) return;
    tb.forEach((y, j) => {
      if (y.key !== x.key || isNegated(a, x.token) === isNegated(b, y.token)) return;
      if (SPEECH.test(y.token.lower)) return;
      const nx = neighbours(ta, i);
      const shared = [...neighbours(tb, j)].filter((k) => k !== x.key && nx.has(k));
      if (shared.length === 0) return;
      const spanA = clauseOf(a, x.token.start, x.token.end);
      const spanB = clauseOf(b, y.token.start, y.token.end);
      if (found.some((c) => c.spanA.start === spanA.start && c.spanB.start === spanB.start)) return;
      const negatedSide = isNegated(a, x.token) ? 'A' : 'B';
      const clauseA = a.slice(spanA.start, spanA.end);
      const clauseB = b.slice(spanB.start, spanB.end);
      const [asserting, negating] = negatedSide === 'A' ? [clauseB, clauseA] : [clauseA, clauseB];
      if (agreesAsFirstSince(asserting, negating)) return;
      // Both clauses negative ("failed to agree a cap on gas prices" / "не смогли согласовать
      // потолок цен"): the negation just reaches further on one side, the claim is the same.
      if (hasNegation(asserting)) return;
      found.push({
        kind: 'negation',
        spanA,
        spanB,
        why: `"${x.token.text}": passage ${negatedSide} negates what the other asserts`,
      });
    });
  });
  return found;
}

interface Amount {
  value: number;
  unit: string;
  span: Span;
}

function amounts(text: string): Amount[] {
  // Days and years inside dates are compared as dates, not as quantities.
  const dateSpans = findDates(text).map((d) => [d.index, d.index + d.text.length] as const);
  const tokens = tokenize(text).filter(
    (t) => !dateSpans.some(([s, e]) => t.start >= s && t.end <= e),
  );
  const glossary = getDefaultGlossary();
  const out: Amount[] = [];
  tokens.forEach((t, i) => {
    const next = tokens.slice(i + 1, i + 3).find((n) => n.value === null && !isStopword(n.lower));
    const isYear = t.value !== null && t.value >= 1900 && t.value <= 2100 && /^\d{4}$/.test(t.text);
    if (t.value === null || next === undefined || isYear) return;
    const unit = lookup(glossary, next.text)[0] ?? stemWord(next.lower);
    out.push({ value: t.value, unit, span: { start: t.start, end: next.end } });
  });
  return out;
}

function numbers(a: string, b: string): Contradiction[] {
  const inB = amounts(b);
  const found: Contradiction[] = [];
  for (const x of amounts(a)) {
    const same = inB.filter((y) => y.unit === x.unit);
    if (same.length === 0 || same.some((y) => y.value === x.value)) continue;
    const y = same[0] as Amount;
    found.push({
      kind: 'number',
      spanA: x.span,
      spanB: y.span,
      why: `${x.value} versus ${y.value} for the same quantity`,
    });
  }
  return found;
}

function dates(a: string, b: string): Contradiction[] {
  const da = findDates(a);
  const db = findDates(b);
  const day = (iso: string) => iso.slice(0, 10);
  if (
    da.length === 0 ||
    db.length === 0 ||
    da.some((x) => db.some((y) => day(x.iso) === day(y.iso)))
  )
    return [];
  const x = da[0] as (typeof da)[number];
  const y = db[0] as (typeof db)[number];
  const span = (m: typeof x) => ({ start: m.index, end: m.index + m.text.length });
  return [
    { kind: 'date', spanA: span(x), spanB: span(y), why: `${day(x.iso)} versus ${day(y.iso)}` },
  ];
}

interface Initiator {
  concept: string;
  key: string;
  span: Span;
}

function initiators(text: string): Initiator[] {
  const out: Initiator[] = [];
  for (const m of text.matchAll(INITIATOR_EN)) {
    const name = m[1] ?? m[4] ?? '';
    const concept = m[2] ?? m[3] ?? '';
    out.push({
      concept,
      key: entityKey(name.split(/\s+/).pop() ?? ''),
      span: { start: m.index, end: m.index + m[0].length },
    });
  }
  for (const m of text.matchAll(INITIATOR_RU)) {
    const name = m[2] ?? '';
    out.push({
      concept: CONCEPT_OF[(m[1] ?? '').toLowerCase()] ?? '',
      key: entityKey(name.split(/\s+/).pop() ?? ''),
      span: { start: m.index, end: m.index + m[0].length },
    });
  }
  return out;
}

function attributions(a: string, b: string): Contradiction[] {
  const inB = initiators(b);
  const found: Contradiction[] = [];
  for (const x of initiators(a)) {
    const y = inB.find((i) => i.concept === x.concept && i.key !== x.key);
    if (y !== undefined && !inB.some((i) => i.concept === x.concept && i.key === x.key)) {
      found.push({
        kind: 'attribution',
        spanA: x.span,
        spanB: y.span,
        why: `different ${x.concept}: ${a.slice(x.span.start, x.span.end)} / ${b.slice(y.span.start, y.span.end)}`,
      });
    }
  }
  return found;
}

/**
 * Contradictions between two aligned passages, A and B (each in its own language; the languages
 * are accepted for symmetry with the other detectors — words are compared through the glossary).
 * A different initiator is always reported. Negations count only when the negated word keeps a shared neighbour on both sides (same claim,
 * not just the same word); numbers only for the same unit; nothing is reported for passages that
 * share fewer than two content words, since those are not the same fact.
 */
export function contradictions(
  passageA: string,
  passageB: string,
  _langA?: string,
  _langB?: string,
): Contradiction[] {
  const ta = keyed(passageA);
  const tb = keyed(passageB);
  const keysB = new Set(tb.map((t) => t.key));
  const shared = new Set(ta.map((t) => t.key).filter((k) => keysB.has(k)));
  // A different initiator is a contradiction on its own: the pattern already names the same thing.
  const found = attributions(passageA, passageB);
  if (shared.size < MIN_SHARED_KEYS) return found;
  return [
    ...found,
    ...negations(passageA, passageB, ta, tb),
    ...numbers(passageA, passageB),
    ...dates(passageA, passageB),
  ];
}
