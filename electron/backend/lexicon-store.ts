/**
 * The lexicons framing uses: the shipped files with the user's edits applied. The user's edits are
 * kept in the library (so they travel with it): one setting per language and kind holding a user
 * lexicon file with only the entries the user changed or added, validated when read. A setting that
 * does not validate is reported (logged, and shown by the editor) and ignored, never fatal.
 * `current()` is cached until an edit; languages an edit does not touch keep their compiled
 * matchers, so a toggle recompiles one language only.
 */
import {
  defaultLexicons,
  lexiconEntrySchema,
  lexiconFileSchema,
  mergeLexiconFiles,
  type LexiconEntry,
  type LexiconFile,
  type LexiconKind,
  type Lexicons,
} from '../../shared/framing/index.ts';
import { patternProblem } from '../../shared/framing/lexicons.ts';
import type { LexiconEntryRow, LexiconFileView } from '../../shared/api/lexicon-methods.ts';
import { ApiFailure } from '../../shared/api/envelope.ts';
import { describeZodError, type Logger } from './handle-call.ts';
import { setSetting, transaction, type Database } from './db/database.ts';
import { ZodError } from 'zod';

export interface LexiconStore {
  /** The lexicons in force now; the same object until the user edits an entry. */
  current(): Lexicons;
  /** Files in force with each entry's origin, for the editor. */
  list(filter?: {
    language?: string;
    kind?: LexiconKind;
    headersOnly?: boolean;
  }): LexiconFileView[];
  /** Adds (`add`: new id) or replaces (`edit`: existing id) an entry; returns it as now in force. */
  saveEntry(
    language: string,
    kind: LexiconKind,
    mode: 'add' | 'edit',
    entry: Omit<LexiconEntry, 'id'> & { id?: string | undefined },
  ): LexiconEntryRow;
  setEnabled(language: string, kind: LexiconKind, id: string, enabled: boolean): LexiconEntryRow;
  /** Drops the user's version of an entry: back to the shipped one, or gone if the user added it. */
  resetEntry(language: string, kind: LexiconKind, id: string): LexiconEntryRow | null;
}

export interface LexiconStoreOptions {
  /** Where a corrupt setting is reported; console.error when omitted. */
  log?: Logger;
  /** The shipped lexicons; the defaults when omitted (tests pass small ones). */
  shipped?: Lexicons;
}

const SETTING_PREFIX = 'lexicons.user.';
const settingKey = (language: string, kind: string) => `${SETTING_PREFIX}${language}.${kind}`;
const fileKey = (language: string, kind: string) => `${language}/${kind}`;

interface UserFile {
  language: string;
  kind: LexiconKind;
  entries: LexiconEntry[];
}

/** A stable text form of an entry, to tell an edit that changes nothing from a real one. */
function canonical(entry: LexiconEntry): string {
  const parsed = lexiconEntrySchema.parse(entry) as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(parsed)
      .sort()
      .map((k) => [k, parsed[k]]),
  );
}

function patternsOf(entry: Pick<LexiconEntry, 'pattern'>): string[] {
  return typeof entry.pattern === 'string' ? [entry.pattern] : entry.pattern;
}

/** The first pattern problem of an entry, naming its field, or null. */
function entryProblem(entry: Pick<LexiconEntry, 'pattern' | 'unless'>): string | null {
  const patterns = patternsOf(entry);
  for (const [i, pattern] of patterns.entries()) {
    const problem = patternProblem(pattern);
    if (problem) return `${patterns.length > 1 ? `pattern.${i}` : 'pattern'}: ${problem}`;
  }
  for (const [i, pattern] of (entry.unless ?? []).entries()) {
    const problem = patternProblem(pattern);
    if (problem) return `unless.${i}: ${problem}`;
  }
  return null;
}

/** Latin letters for Cyrillic ones, so ids made from Russian or Ukrainian patterns read. */
const LATIN: Record<string, string> = Object.fromEntries([
  ...'абвгдезийклмнопрстуфы'.split('').map((c, i) => [c, 'abvgdeziyklmnoprstufy'[i] ?? '']),
  ['ё', 'e'],
  ['ж', 'zh'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'shch'],
  ['ъ', ''],
  ['ь', ''],
  ['э', 'e'],
  ['ю', 'yu'],
  ['я', 'ya'],
  ['є', 'ye'],
  ['і', 'i'],
  ['ї', 'yi'],
  ['ґ', 'g'],
]);

/** An id made from the pattern (`user-so-called`, `user-yakoby`), numbered when taken. */
function idFromPattern(pattern: string, taken: (id: string) => boolean): string {
  const slug = [...pattern.toLowerCase()]
    .map((c) => LATIN[c] ?? c)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const stem = slug === '' ? 'user' : `user-${slug}`;
  for (let n = 1; ; n += 1) {
    const id = n === 1 && stem !== 'user' ? stem : `${stem}-${n}`;
    if (!taken(id)) return id;
  }
}

export function createLexiconStore(db: Database, options: LexiconStoreOptions = {}): LexiconStore {
  const log: Logger =
    options.log ?? ((message, error) => console.error(`[parallax] ${message}`, error ?? ''));
  const shipped = options.shipped ?? defaultLexicons();
  const shippedByKey = new Map(shipped.files.map((f) => [fileKey(f.language, f.kind), f]));
  const user = new Map<string, UserFile>();
  const problems = new Map<string, string>();

  // Read the user's edits once; the store is the only writer afterwards.
  const rows = db
    .prepare("SELECT key, value FROM settings WHERE key LIKE 'lexicons.user.%'")
    .all() as Array<{ key: string; value: string }>;
  for (const { key, value } of rows) {
    const [language = '', kind = ''] = key.slice(SETTING_PREFIX.length).split('.');
    const where = fileKey(language, kind);
    try {
      const file = lexiconFileSchema.parse(JSON.parse(value));
      if (file.language !== language || file.kind !== kind) {
        throw new Error(`it holds ${file.language}/${file.kind}`);
      }
      for (const entry of file.entries) {
        const problem = entryProblem(entry);
        if (problem) throw new Error(`entry ${entry.id}: ${problem}`);
      }
      user.set(where, { language, kind: file.kind, entries: file.entries });
    } catch (error) {
      const why =
        error instanceof ZodError
          ? describeZodError(error)
          : error instanceof Error
            ? error.message
            : String(error);
      const problem = `Your edits to the ${where} lexicon could not be read and are ignored (${why}).`;
      problems.set(where, problem);
      log(`lexicons: setting ${key} is unreadable, ignored: ${why}`);
    }
  }

  let cached: Lexicons | null = null;

  function header(language: string, kind: LexiconKind): LexiconFile {
    const base = shippedByKey.get(fileKey(language, kind));
    if (base) return base;
    return {
      schema: 'parallax.lexicon/1',
      version: '0',
      language,
      kind,
      source: 'Entries added by the user of this library',
      licence: "the user's own",
      entries: [],
    };
  }

  /** Merged files by key, kept until an edit to that file, so unchanged files keep identity. */
  const merged = new Map<string, LexiconFile | null>();
  function mergedFile(language: string, kind: LexiconKind): LexiconFile | null {
    const key = fileKey(language, kind);
    if (!merged.has(key)) merged.set(key, mergeFile(language, kind));
    return merged.get(key) ?? null;
  }

  function mergeFile(language: string, kind: LexiconKind): LexiconFile | null {
    const key = fileKey(language, kind);
    const base = shippedByKey.get(key);
    const own = user.get(key);
    if (!own || own.entries.length === 0) return base ?? null;
    const userFile = { ...header(language, kind), entries: own.entries };
    return base ? mergeLexiconFiles(base, userFile) : userFile;
  }

  function build(previous: Lexicons | null, changedLanguage: string | null): Lexicons {
    const keys = new Set([...shippedByKey.keys(), ...user.keys()]);
    const files: LexiconFile[] = [];
    for (const key of keys) {
      const [language = '', kind = ''] = key.split('/');
      const file = mergedFile(language, kind as LexiconKind);
      if (file) files.push(file);
    }
    const lexicons: Lexicons = { files, compiled: new Map() };
    if (previous && changedLanguage) {
      // Keep what the edit cannot have changed: other languages' compiled matchers.
      const own = new Set(files.map((f) => f.language));
      for (const [language, compiled] of previous.compiled) {
        const affected =
          language === changedLanguage ||
          (changedLanguage === 'ru' && language === 'uk') ||
          (changedLanguage === 'en' && !own.has(language));
        if (!affected) lexicons.compiled.set(language, compiled);
      }
    }
    return lexicons;
  }

  function current(): Lexicons {
    if (cached) return cached;
    cached = user.size === 0 ? shipped : build(null, null);
    return cached;
  }

  function persist(language: string, kind: LexiconKind): void {
    const key = fileKey(language, kind);
    const own = user.get(key) ?? { language, kind, entries: [] };
    const file: LexiconFile = {
      schema: 'parallax.lexicon/1',
      version: 'user',
      language,
      kind,
      source: 'Edits by the user of this library',
      licence: "the user's own",
      entries: own.entries,
    };
    transaction(db, () => setSetting(db, settingKey(language, kind), JSON.stringify(file)));
    problems.delete(key);
    merged.delete(key);
    cached = build(cached ?? current(), language);
  }

  function rowOf(language: string, kind: LexiconKind, entry: LexiconEntry): LexiconEntryRow {
    const base = shippedByKey.get(fileKey(language, kind))?.entries.find((e) => e.id === entry.id);
    const edited = user.get(fileKey(language, kind))?.entries.some((e) => e.id === entry.id);
    if (!edited) return { ...entry, origin: 'shipped' };
    return base ? { ...entry, origin: 'edited', shipped: base } : { ...entry, origin: 'added' };
  }

  function entryInForce(language: string, kind: LexiconKind, id: string): LexiconEntry | null {
    return mergedFile(language, kind)?.entries.find((e) => e.id === id) ?? null;
  }

  /** Sets the user's version of an entry, dropping it when it equals the shipped one. */
  function put(language: string, kind: LexiconKind, entry: LexiconEntry): LexiconEntryRow {
    const key = fileKey(language, kind);
    const own = user.get(key) ?? { language, kind, entries: [] };
    const base = shippedByKey.get(key)?.entries.find((e) => e.id === entry.id);
    const others = own.entries.filter((e) => e.id !== entry.id);
    const same = base !== undefined && canonical(base) === canonical(entry);
    const at = own.entries.findIndex((e) => e.id === entry.id);
    const entries = same ? others : [...others];
    if (!same) entries.splice(at < 0 ? entries.length : at, 0, entry);
    user.set(key, { language, kind, entries });
    persist(language, kind);
    return rowOf(language, kind, entry);
  }

  function mustExist(language: string, kind: LexiconKind, id: string): LexiconEntry {
    const entry = entryInForce(language, kind, id);
    if (!entry)
      throw new ApiFailure('not_found', `the ${language}/${kind} lexicon has no entry "${id}"`);
    return entry;
  }

  return {
    current,

    list(filter = {}) {
      const keys = [
        ...new Set([...shippedByKey.keys(), ...user.keys(), ...problems.keys()]),
      ].sort();
      const views: LexiconFileView[] = [];
      for (const key of keys) {
        const [language = '', kind = ''] = key.split('/');
        if (filter.language !== undefined && language !== filter.language) continue;
        if (filter.kind !== undefined && kind !== filter.kind) continue;
        const k = kind as LexiconKind;
        const base = shippedByKey.get(key);
        const entries = (mergedFile(language, k)?.entries ?? []).map((e) => rowOf(language, k, e));
        views.push({
          language,
          kind: k,
          version: base?.version ?? null,
          source: base?.source ?? null,
          licence: base?.licence ?? null,
          note: base?.note ?? null,
          counts: {
            total: entries.length,
            enabled: entries.filter((e) => e.enabled).length,
            edited: entries.filter((e) => e.origin === 'edited').length,
            added: entries.filter((e) => e.origin === 'added').length,
          },
          problem: problems.get(key) ?? null,
          entries: filter.headersOnly ? [] : entries,
        });
      }
      return views;
    },

    saveEntry(language, kind, mode, input) {
      const problem = entryProblem(input);
      if (problem) throw new ApiFailure('invalid_input', `entry.${problem}`);
      const existing = (id: string) => entryInForce(language, kind, id) !== null;
      const id = input.id ?? idFromPattern(patternsOf(input)[0] ?? '', existing);
      if (mode === 'add' && existing(id)) {
        throw new ApiFailure(
          'conflict',
          `entry.id: the ${language}/${kind} lexicon already has an entry "${id}"`,
        );
      }
      if (mode === 'edit') mustExist(language, kind, id);
      const parsed = lexiconEntrySchema.safeParse({ ...input, id });
      if (!parsed.success) {
        throw new ApiFailure('invalid_input', describeZodError(parsed.error));
      }
      return put(language, kind, parsed.data);
    },

    setEnabled(language, kind, id, enabled) {
      return put(language, kind, { ...mustExist(language, kind, id), enabled });
    },

    resetEntry(language, kind, id) {
      mustExist(language, kind, id);
      const key = fileKey(language, kind);
      const own = user.get(key);
      if (own) user.set(key, { ...own, entries: own.entries.filter((e) => e.id !== id) });
      persist(language, kind);
      const entry = entryInForce(language, kind, id);
      return entry ? rowOf(language, kind, entry) : null;
    },
  };
}
