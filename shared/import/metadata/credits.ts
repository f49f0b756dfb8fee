/**
 * Credited sources: the news agencies an article names as the source of its facts ("AP reports",
 * "according to Reuters", "сообщает ТАСС", "MOSCOW (Reuters) -"). The agencies are the registry
 * entries whose affiliation is a (wire, state or private) news agency; the attribution phrases are
 * data (`shared/data/credit-cues.json`). A name alone, a photo credit ("/AFP Photo") or a name
 * inside another word never counts.
 */
import { z } from 'zod';
import rawCues from '../../data/credit-cues.json' with { type: 'json' };
import { isAgency, loadDefaultRegistry, type OutletRegistry } from './outlet-registry.ts';
import { alternation } from './regex-words.ts';

const phrases = z.array(z.string().min(1));

/** Schema of `shared/data/credit-cues.json`. */
export const creditCuesSchema = z.object({
  header: z.object({
    kind: z.literal('parallax.credit-cues'),
    version: z.number().int().positive(),
    source: z.string().min(1),
    note: z.string().optional(),
  }),
  before: phrases,
  between: phrases,
  after: phrases,
  afterBetween: phrases,
  cyrillicCaseEndings: phrases,
});
export type CreditCues = z.infer<typeof creditCuesSchema>;

/** Options of {@link findCredits}. */
export interface CreditOptions {
  /** Registry whose agencies count; the default registry when omitted. */
  registry?: OutletRegistry;
  /** Canonical names or ids never to report, e.g. the article's own outlet ("told Radio Sputnik"). */
  exclude?: Iterable<string>;
  /** Attribution phrases; the default cue file when omitted. */
  cues?: CreditCues;
}

interface CompiledCredits {
  /** Every agency spelling (with Cyrillic case forms) in running text. */
  namesRe: RegExp;
  canonical: ReadonlyMap<string, { name: string; id: string }>;
  beforeEndRe: RegExp;
  afterStartRe: RegExp;
}

const DEFAULT_CUES = creditCuesSchema.parse(rawCues);
const compiledByRegistry = new WeakMap<OutletRegistry, WeakMap<CreditCues, CompiledCredits>>();

/** How far before and after a name attribution phrases are looked for, in characters. */
const CONTEXT_CHARS = 80;
const CYRILLIC_CONSONANT_END = /[бвгджзйклмнпрстфхцчшщ]$/;
const WIRE_DATELINE_BEFORE = /(?:^|\n)\s*[\p{Lu}][\p{Lu}\s.'-]+,[^\n]{0,30}[-–—]\s*$/u;

/** Spellings of one agency name: as written, in capitals, and with Russian/Ukrainian case endings. */
function spellingsOf(name: string, endings: string[]): string[] {
  const forms = [name, name.toUpperCase()];
  if (CYRILLIC_CONSONANT_END.test(name)) forms.push(...endings.map((e) => name + e));
  return forms;
}

/**
 * A lookahead for the characters names start with: most positions of a text fail it at once,
 * before the engine tries several hundred spellings there (about a fifth faster over an article).
 */
function firstCharLookahead(spellings: Iterable<string>): string {
  const first = new Set<string>();
  for (const s of spellings) {
    const ch = String.fromCodePoint(s.codePointAt(0) ?? 32);
    first.add(ch.replace(/[\\\]^-]/g, '\\$&'));
  }
  return `(?=[${[...first].join('')}])`;
}

function compile(registry: OutletRegistry, cues: CreditCues): CompiledCredits {
  const canonical = new Map<string, { name: string; id: string }>();
  for (const entry of registry.entries.filter(isAgency)) {
    for (const spelling of [entry.name, ...entry.aliases]) {
      for (const form of spellingsOf(spelling, cues.cyrillicCaseEndings)) {
        const key = form.replace(/\s+/g, ' ');
        if (!canonical.has(key)) canonical.set(key, { name: entry.name, id: entry.id });
      }
    }
  }
  const B = String.raw`[^\p{L}\p{N}]`;
  return {
    namesRe: new RegExp(
      String.raw`(?<![\p{L}\p{N}])${firstCharLookahead(canonical.keys())}(?:${alternation(canonical.keys())})(?![\p{L}\p{N}])`,
      'gu',
    ),
    canonical,
    beforeEndRe: new RegExp(
      String.raw`(?:^|${B})(?:${alternation(cues.before)})\s*,?\s*(?:(?:${alternation(cues.between)})\s*)?[«"“„']?$`,
      'iu',
    ),
    afterStartRe: new RegExp(
      String.raw`^[»"”']?(?:\s+(?:${alternation(cues.afterBetween)}))?\s*,?\s+(?:${alternation(cues.after)})(?!\p{L})`,
      'iu',
    ),
  };
}

function compiledFor(registry: OutletRegistry, cues: CreditCues): CompiledCredits {
  let byCues = compiledByRegistry.get(registry);
  if (byCues === undefined) {
    byCues = new WeakMap();
    compiledByRegistry.set(registry, byCues);
  }
  let compiled = byCues.get(cues);
  if (compiled === undefined) {
    compiled = compile(registry, cues);
    byCues.set(cues, compiled);
  }
  return compiled;
}

/** True when the agency name at [start, end) is framed as the source of the text around it. */
function isCredited(text: string, start: number, end: number, c: CompiledCredits): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  if (before.endsWith('(') && /^\)\s*[-–—]/.test(after)) return true; // MOSCOW (Reuters) -
  if (before.endsWith('/') && after.startsWith('/')) return true; // МОСКВА, 8 января. /ТАСС/.
  if (after.startsWith('.') && WIRE_DATELINE_BEFORE.test(before)) return true; // МОСКВА, 8 янв — РИА Новости.
  return c.beforeEndRe.test(before) || c.afterStartRe.test(after);
}

/**
 * Agencies an article credits as its source ("AP reports", "Xinhua news agency reported", "as
 * quoted by Reuters", "сообщает ТАСС"), as canonical names (`AP`, `Reuters`, `Xinhua`, `TASS`), in
 * order of first mention, without duplicates.
 */
export function findCredits(text: string, options: CreditOptions = {}): string[] {
  const c = compiledFor(options.registry ?? loadDefaultRegistry(), options.cues ?? DEFAULT_CUES);
  const exclude = new Set(options.exclude ?? []);
  const found: string[] = [];
  c.namesRe.lastIndex = 0;
  for (let m = c.namesRe.exec(text); m !== null; m = c.namesRe.exec(text)) {
    const agency = c.canonical.get(m[0].replace(/\s+/g, ' '));
    if (agency === undefined || found.includes(agency.name)) continue;
    if (exclude.has(agency.name) || exclude.has(agency.id)) continue;
    if (isCredited(text, m.index, m.index + m[0].length, c)) found.push(agency.name);
  }
  return found;
}
