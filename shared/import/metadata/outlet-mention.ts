/**
 * Where an article's own text names its outlet, and how strongly. Evidence, strongest first:
 *
 * - a line near the top that is just the outlet's name (`CGTN`), a dateline that opens with it
 *   (`PanARMENIAN.Net - A NATO delegation...`, `MOSCOW, Oct 25 (Reuters) -`), or a title that ends
 *   with it (`... | Reuters`): the outlet signs the piece;
 * - self-references: an interview on the outlet's own radio or TV (`told Radio Sputnik`), its
 *   comment widget (`Comment via Sputnik`), its copyright line (`© 2019 Sputnik`);
 * - a photo credit (`© Sputnik / Ramil Sitdikov`, `/AFP Photo`): names the photo agency, which
 *   is often not the publisher (RT runs Sputnik photos, CGTN runs AFP photos), so it is weak.
 *
 * A name anywhere else in a sentence is what the article talks about, not who wrote it.
 */
import { outletFromName } from './outlet-lookup.ts';
import { indexOf, type OutletEntry, type OutletRegistry } from './outlet-registry.ts';

/** The kind of evidence a mention is. */
export type MentionKind =
  'name-line' | 'dateline' | 'title-suffix' | 'self-reference' | 'photo-credit';

/** Confidence that the named outlet published the article, by kind of mention. */
export const MENTION_CONFIDENCE: Readonly<Record<MentionKind, number>> = {
  'name-line': 0.85,
  dateline: 0.85,
  'title-suffix': 0.85,
  'self-reference': 0.6,
  'photo-credit': 0.4,
};

/** One place where the text names an outlet. */
export interface OutletMention {
  entry: OutletEntry;
  /** Offset of the outlet's name in the searched text. */
  index: number;
  /** The name as written. */
  text: string;
  /** 1-based line of the mention. */
  line: number;
  kind: MentionKind;
  confidence: number;
}

/** Signatures (name lines, title suffixes) are looked for among this many non-blank top lines. */
const TOP_LINES = 10;
/** Datelines open the body, which may follow a good deal of page chrome. */
const DATELINE_LINES = 30;
/** Lines longer than this are not name lines. */
const MAX_NAME_LINE_CHARS = 60;
/** Text past this many lines is not scanned (comment threads, endless related links). */
const MAX_LINES = 400;

/**
 * Regular expressions that find where an outlet's name would stand; the name itself is then
 * looked up in the registry's spelling table. Embedding ~900 spellings in the expressions instead
 * would make them too large for V8 to compile to native code: a hundred times slower.
 */
const DASH = '[-–—]';
const PHOTO = String.raw`(?:Photo|PHOTO|Фото|ФОТО|Foto|FOTO)`;
const RADIO = String.raw`(?:Radio|radio|Радио|радио|Радіо|радіо|TV|ТВ)`;
/** Up to six words after a cue: the name is the longest leading run of them that is a spelling. */
const WORDS_AFTER = String.raw`(?=([^\s,;:!?()/|][^\n,;:!?()/|]{0,60}))`;

/**
 * Dateline forms; group 1 holds the text the name ends (`tail`) or is (`exact`). `head` is a cheap
 * test of the line's first characters that every line of that form passes.
 */
const DATELINES: Array<{ re: RegExp; find: 'exact' | 'tail'; head: RegExp }> = [
  // PanARMENIAN.Net - A NATO delegation ...; Москва. 8 января. INTERFAX.RU - ...
  {
    re: new RegExp(String.raw`^\s*(\S[^\n]{0,80}?)\s+${DASH}\s+\S`, 'u'),
    find: 'tail',
    head: /\s[-–—]\s/,
  },
  // MOSCOW, Oct 25 (Reuters) - ...; KYIV (AP) — ...
  {
    re: new RegExp(String.raw`^\s*[\p{Lu}][^()\n]{0,60}?\(\s*([^()\n]{1,60}?)\s*\)\s*[-–—:]`, 'u'),
    find: 'exact',
    head: /\)\s*[-–—:]/,
  },
  // МОСКВА, 8 января. /ТАСС/. ...
  { re: /^[^\n/]{0,60}\/([^/\n]{1,40})\//u, find: 'exact', head: /\/[^/]+\// },
  // МОСКВА, 8 янв — РИА Новости. ...
  {
    re: new RegExp(
      String.raw`^\s*[\p{Lu}][\p{Lu}\s-]+,[^\n]{0,30}?${DASH}\s*([^.\n]{1,40})\.`,
      'u',
    ),
    find: 'exact',
    head: /,[^\n]*[-–—]/,
  },
];
/** How far into a line a dateline's name may end. */
const DATELINE_HEAD_CHARS = 120;
const TITLE_SUFFIX_RE = new RegExp(String.raw`\S\s+[-–—|]\s*([^-–—|\n]{1,60}?)\s*$`, 'u');
/** A title suffix is set off by a spaced dash or bar. */
const TITLE_SUFFIX_HEAD_RE = /\s[-–—|]\s*\S[^-–—|]{0,60}$/;

/**
 * Cue forms: the name follows the cue (`lead`, in group 1), is the captured group (`exact`), or
 * ends the text just before the match (`tail`): matching the cue rather than a lazy run of text
 * in front of it keeps the scan linear.
 */
const CUES: Array<{
  re: RegExp;
  find: 'lead' | 'tail' | 'exact';
  kind: MentionKind;
  needsRadio?: boolean;
}> = [
  {
    re: new RegExp(
      String.raw`(?:told|speaking\s+to|in\s+an\s+interview\s+with|рассказал[аи]?|сказал[аи]?|заявил[аи]?|розповів|сказав|заявив)\s+(?:the\s+)?${WORDS_AFTER}`,
      'gu',
    ),
    find: 'lead',
    kind: 'self-reference',
    needsRadio: true,
  },
  {
    re: new RegExp(String.raw`Comment\s+via\s+${WORDS_AFTER}`, 'gu'),
    find: 'lead',
    kind: 'self-reference',
  },
  {
    re: new RegExp(
      String.raw`(?:©|\(c\)|Copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*${WORDS_AFTER}`,
      'gu',
    ),
    find: 'lead',
    kind: 'self-reference',
  },
  {
    re: new RegExp(String.raw`©\s*(?!\d{4})${WORDS_AFTER}`, 'gu'),
    find: 'lead',
    kind: 'photo-credit',
  },
  {
    re: new RegExp(String.raw`${PHOTO}\s*(?:credit\s*)?(?::|by|${DASH})?\s*${WORDS_AFTER}`, 'gu'),
    find: 'lead',
    kind: 'photo-credit',
  },
  {
    re: new RegExp(String.raw`/\s*([^/\n]{1,40}?)\s+${PHOTO}`, 'gu'),
    find: 'exact',
    kind: 'photo-credit',
  },
  // The name stands before the match: AP Photo/Pavel Golovkin; REUTERS/Maxim Shemetov.
  { re: new RegExp(String.raw`\s*${PHOTO}\s*/`, 'gu'), find: 'tail', kind: 'photo-credit' },
  { re: /\s*\/\s*\p{Lu}\p{Ll}+\s+\p{Lu}/gu, find: 'tail', kind: 'photo-credit' },
];
const CUE_PREFILTER_RE =
  /told|speaking|interview|рассказал|сказал|заявил|розповів|сказав|заявив|Comment|©|\(c\)|Copyright|Photo|PHOTO|Фото|ФОТО|Foto|FOTO|\//;
const RADIO_LEAD_RE = new RegExp(String.raw`^${RADIO}\s+`, 'u');
const RADIO_AFTER_RE = new RegExp(String.raw`^\s+${RADIO}(?!\p{L})`, 'u');
const TRIM_PUNCT_RE = /^[\s«"“„'‘(]+|[\s»"”'’),.;:!?]+$/gu;
/** How far before a trailing cue a name may start. */
const TAIL_CHARS = 40;
/** Spellings have at most this many words. */
const MAX_NAME_WORDS = 6;

/** The registry entry a candidate is an exact spelling of (as written, or without edge punctuation). */
function spellingEntry(candidate: string, registry: OutletRegistry): OutletEntry | null {
  const { spellings } = indexOf(registry);
  const spaced = candidate.replace(/\s+/g, ' ');
  return spellings.get(spaced) ?? spellings.get(spaced.replace(TRIM_PUNCT_RE, '')) ?? null;
}

/** The longest run of words at the start (`lead`) or end (`tail`) of a text that is a spelling. */
function spellingAt(
  text: string,
  find: 'lead' | 'tail' | 'exact',
  registry: OutletRegistry,
): { entry: OutletEntry; text: string } | null {
  if (find === 'exact') {
    const entry = spellingEntry(text, registry);
    return entry === null ? null : { entry, text: text.trim() };
  }
  const words = text.trim().split(/\s+/);
  const most = Math.min(MAX_NAME_WORDS, words.length);
  for (let k = most; k >= 1; k--) {
    const part = (find === 'lead' ? words.slice(0, k) : words.slice(words.length - k)).join(' ');
    const entry = spellingEntry(part, registry);
    if (entry !== null) return { entry, text: part.replace(TRIM_PUNCT_RE, '') };
  }
  return null;
}

/** A mention within one line: `column` is the offset of the name in the line. */
type LineMention = Omit<OutletMention, 'index' | 'line' | 'confidence'> & { column: number };

/** Where in the article a line sits, which decides what a mention in it can mean. */
interface LineZone {
  isTop: boolean;
  isDatelineZone: boolean;
}

/** Signature mentions: the line is the name, opens with it as a dateline, or ends with it. */
function signatures(line: string, zone: LineZone, registry: OutletRegistry): LineMention[] {
  const found: LineMention[] = [];
  const trimmed = line.trim();
  if (zone.isTop && trimmed.length <= MAX_NAME_LINE_CHARS) {
    const entry = outletFromName(trimmed, registry);
    if (entry !== null)
      found.push({ entry, text: trimmed, kind: 'name-line', column: line.indexOf(trimmed) });
  }
  const head = zone.isDatelineZone ? line.slice(0, DATELINE_HEAD_CHARS) : '';
  if (head !== '') {
    for (const { re, find, head: quick } of DATELINES) {
      const m = quick.test(head) ? re.exec(line) : null;
      const hit = m?.[1] === undefined ? null : spellingAt(m[1], find, registry);
      if (m !== null && hit !== null) {
        found.push({ ...hit, kind: 'dateline', column: line.indexOf(hit.text, m.index) });
        break;
      }
    }
  }
  const suffix = zone.isTop && TITLE_SUFFIX_HEAD_RE.test(line) ? TITLE_SUFFIX_RE.exec(line) : null;
  const hit = suffix?.[1] === undefined ? null : spellingAt(suffix[1], 'exact', registry);
  if (suffix !== null && hit !== null) {
    found.push({ ...hit, kind: 'title-suffix', column: line.lastIndexOf(hit.text) });
  }
  return found;
}

/**
 * "told Reuters" credits a source; "told Radio Sputnik", "told Радио Спутник" or "told Sputnik
 * radio" is an interview on the outlet's own station, which is how outlets cite themselves.
 */
function radioSelfReference(
  candidate: string,
  registry: OutletRegistry,
): { entry: OutletEntry; text: string } | null {
  const direct = spellingAt(candidate, 'lead', registry);
  if (direct !== null && RADIO_LEAD_RE.test(direct.text)) return direct;
  const bare = candidate.replace(RADIO_LEAD_RE, '');
  if (bare !== candidate) return spellingAt(bare, 'lead', registry);
  if (direct === null) return null;
  const rest = candidate.trim().slice(direct.text.length);
  return RADIO_AFTER_RE.test(rest) ? direct : null;
}

/** Self-references and photo credits anywhere in a line. */
function cueMentions(line: string, registry: OutletRegistry): LineMention[] {
  const found: LineMention[] = [];
  if (!CUE_PREFILTER_RE.test(line)) return found;
  for (const { re, find, kind, needsRadio } of CUES) {
    // exec with lastIndex rather than matchAll, which copies the expression on every call.
    re.lastIndex = 0;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const candidate =
        find === 'tail' ? line.slice(Math.max(0, m.index - TAIL_CHARS), m.index) : (m[1] ?? '');
      const hit =
        needsRadio === true
          ? radioSelfReference(candidate, registry)
          : spellingAt(candidate, find, registry);
      if (hit !== null) found.push({ ...hit, kind, column: line.indexOf(hit.text, m.index) });
    }
  }
  return found;
}

/**
 * Every mention of an outlet in an article's lines, in line order. Offsets count as if the lines
 * were joined with `\n`.
 */
export function findOutletMentions(
  lines: readonly string[],
  registry: OutletRegistry,
): OutletMention[] {
  const mentions: OutletMention[] = [];
  const seen = new Set<string>();
  let offset = 0;
  let nonBlank = 0;
  const limit = Math.min(lines.length, MAX_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    if (line.trim() !== '') {
      nonBlank += 1;
      const zone = { isTop: nonBlank <= TOP_LINES, isDatelineZone: nonBlank <= DATELINE_LINES };
      for (const m of [...signatures(line, zone, registry), ...cueMentions(line, registry)]) {
        const { column, ...rest } = m;
        // Two patterns may read the same credit (`© Sputnik / Ramil Sitdikov`): keep it once.
        const key = `${i}:${m.entry.id}:${m.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const confidence = MENTION_CONFIDENCE[m.kind];
        mentions.push({ ...rest, index: offset + column, line: i + 1, confidence });
      }
    }
    offset += line.length + 1;
  }
  return mentions;
}

/** The strongest mention: highest confidence, then earliest. */
export function strongestMention(mentions: readonly OutletMention[]): OutletMention | null {
  let best: OutletMention | null = null;
  for (const m of mentions) if (best === null || m.confidence > best.confidence) best = m;
  return best;
}

/**
 * The strongest place where a text names its own outlet: a name line or dateline prefix
 * (confidence 0.85), a self-reference (0.6) or a photo credit (0.4, since a photo credit names
 * the photo agency, which is often not the publisher); null when the text names none.
 */
export function findOutletMention(text: string, registry: OutletRegistry): OutletMention | null {
  return strongestMention(findOutletMentions(text.split('\n'), registry));
}
