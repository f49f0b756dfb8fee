import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { EventName, Output } from '../../shared/api/contract.ts';
import { createBackend, type Backend } from './backend.ts';
import { openDatabase, setSetting } from './db/database.ts';
import { createLexiconStore } from './lexicon-store.ts';
import { databaseFileName, repoCorpusDir } from './paths.ts';
import { makeTempDir } from '../../tests/support/temp-dir.ts';

type Cue = Output<'framing.analyze'>[number];
type FileView = Output<'lexicons.list'>[number];

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
const logged: string[] = [];

async function open(): Promise<Backend> {
  return createBackend({
    dataDir: dir.path,
    corpusDir: repoCorpusDir,
    log: (message) => logged.push(message),
  });
}

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = await backend.handle(method, input);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

async function failure(method: string, input: unknown): Promise<string> {
  const reply = await backend.handle(method, input);
  if (reply.ok) throw new Error(`${method} should have failed`);
  return `${reply.error.code}: ${reply.error.message}`;
}

async function englishArticle(): Promise<string> {
  const page = await call<Output<'articles.list'>>('articles.list', { languages: ['en'] });
  const first = page.items.find((a) => a.language === 'en');
  if (!first) throw new Error('the sample corpus has no English article');
  return first.id;
}

const analyze = async (id: string) => call<Cue[]>('framing.analyze', { articleIds: [id] });

/** A reporting-verb cue of the article, with the entry it came from. */
async function someVerb(id: string): Promise<Cue & { entryId: string; language: string }> {
  const cue = (await analyze(id)).find(
    (c) => c.kind === 'reporting-verb' && c.entryId && c.language,
  );
  if (!cue?.entryId || !cue.language) throw new Error('no reporting-verb cue with an entry id');
  return { ...cue, entryId: cue.entryId, language: cue.language };
}

beforeEach(async () => {
  dir = makeTempDir();
  logged.length = 0;
  backend = await open();
});

afterEach(async () => {
  await backend.close();
  dir.remove();
});

describe('lexicon editor', () => {
  it('lists shipped files with their header and every entry marked shipped', async () => {
    const [file] = await call<FileView[]>('lexicons.list', { language: 'en', kind: 'hedge' });
    expect(file?.version).toMatch(/\d/);
    expect(file?.source).toMatch(/Hyland/);
    expect(file?.licence).toMatch(/CC0/);
    expect(file?.entries.length).toBeGreaterThan(100);
    expect(file?.entries.every((e) => e.origin === 'shipped')).toBe(true);
    const headers = await call<FileView[]>('lexicons.list', { headersOnly: true });
    expect(headers.map((f) => `${f.language}/${f.kind}`)).toContain('ru/loaded');
    expect(headers.every((f) => f.entries.length === 0 && f.counts.total > 0)).toBe(true);
  });

  it('framing cues name the entry they came from', async () => {
    const cue = await someVerb(await englishArticle());
    expect(cue.lexiconKind).toBe('reporting-verb');
    const [file] = await call<FileView[]>('lexicons.list', {
      language: cue.language,
      kind: 'reporting-verb',
    });
    expect(file?.entries.map((e) => e.id)).toContain(cue.entryId);
  });

  it('disabling an entry removes its cues, enabling brings them back, with an event each time', async () => {
    const id = await englishArticle();
    const cue = await someVerb(id);
    const events: EventName[] = [];
    backend.onEvent((event) => events.push(event));
    const row = await call<Output<'lexicons.setEnabled'>>('lexicons.setEnabled', {
      language: cue.language,
      kind: 'reporting-verb',
      id: cue.entryId,
      enabled: false,
    });
    expect(row).toMatchObject({ enabled: false, origin: 'edited' });
    expect((await analyze(id)).some((c) => c.entryId === cue.entryId)).toBe(false);
    expect(events).toContain('lexicons.changed');

    const back = await call<Output<'lexicons.setEnabled'>>('lexicons.setEnabled', {
      language: cue.language,
      kind: 'reporting-verb',
      id: cue.entryId,
      enabled: true,
    });
    // Back to the shipped state: no edit is kept.
    expect(back.origin).toBe('shipped');
    expect(
      (await analyze(id)).some((c) => c.entryId === cue.entryId && c.start === cue.start),
    ).toBe(true);
  });

  it('an added entry highlights its word at once, and reset deletes it', async () => {
    const id = await englishArticle();
    const detail = await call<Output<'articles.get'>>('articles.get', { id });
    const word = /\b[A-Z][a-z]{5,}\b/.exec(detail.body)?.[0];
    if (!word) throw new Error('no capitalised word in the article');
    const before = await analyze(id);
    expect(before.some((c) => c.kind === 'loaded' && c.text === word)).toBe(false);
    const added = await call<Output<'lexicons.saveEntry'>>('lexicons.saveEntry', {
      language: 'en',
      kind: 'loaded',
      mode: 'add',
      entry: { pattern: word, why: 'Test entry: the user finds this word loaded.' },
    });
    expect(added.origin).toBe('added');
    expect(added.id).toBe(`user-${word.toLowerCase()}`);
    const after = await analyze(id);
    const hit = after.find((c) => c.entryId === added.id);
    expect(hit).toMatchObject({
      kind: 'loaded',
      text: word,
      language: 'en',
      lexiconKind: 'loaded',
    });
    expect(hit?.detail).toContain('the user finds this word loaded');

    expect(
      await call<Output<'lexicons.resetEntry'>>('lexicons.resetEntry', {
        language: 'en',
        kind: 'loaded',
        id: added.id,
      }),
    ).toEqual({ entry: null });
    expect((await analyze(id)).some((c) => c.entryId === added.id)).toBe(false);
  });

  it('an edited entry shows the shipped one, and reset restores it', async () => {
    const [file] = await call<FileView[]>('lexicons.list', { language: 'en', kind: 'hedge' });
    const entry = file!.entries[0]!;
    const edited = await call<Output<'lexicons.saveEntry'>>('lexicons.saveEntry', {
      language: 'en',
      kind: 'hedge',
      mode: 'edit',
      entry: { ...entry, origin: undefined, why: 'My own explanation.' },
    });
    expect(edited).toMatchObject({ origin: 'edited', why: 'My own explanation.' });
    expect(edited.shipped?.why).toBe(entry.why);
    const reset = await call<Output<'lexicons.resetEntry'>>('lexicons.resetEntry', {
      language: 'en',
      kind: 'hedge',
      id: entry.id,
    });
    expect(reset.entry).toMatchObject({ origin: 'shipped', why: entry.why });
  });

  it('refuses bad entries with a message naming the field', async () => {
    const base = { language: 'en', kind: 'loaded', mode: 'add' };
    expect(
      await failure('lexicons.saveEntry', { ...base, entry: { pattern: 'ab*', why: 'x' } }),
    ).toMatch(/^invalid_input: entry\.pattern: .*3 letters/);
    expect(
      await failure('lexicons.saveEntry', { ...base, entry: { pattern: ['ok', '--'], why: 'x' } }),
    ).toMatch(/entry\.pattern\.1: .*no letters/);
    expect(
      await failure('lexicons.saveEntry', { ...base, entry: { pattern: 'fine', why: '' } }),
    ).toMatch(/entry\.why/);
    expect(
      await failure('lexicons.saveEntry', {
        ...base,
        entry: { id: 'Bad Id', pattern: 'fine', why: 'x' },
      }),
    ).toMatch(/entry\.id: ids are lower-case/);
    const [file] = await call<FileView[]>('lexicons.list', { language: 'en', kind: 'loaded' });
    const taken = file!.entries[0]!.id;
    expect(
      await failure('lexicons.saveEntry', {
        ...base,
        entry: { id: taken, pattern: 'fine', why: 'x' },
      }),
    ).toMatch(/^conflict: entry\.id: .*already has/);
    expect(
      await failure('lexicons.setEnabled', {
        language: 'en',
        kind: 'loaded',
        id: 'nope',
        enabled: false,
      }),
    ).toMatch(/^not_found/);
  });

  it('starts a lexicon the language does not ship with the user’s first entry', async () => {
    expect(await call<FileView[]>('lexicons.list', { language: 'uk', kind: 'loaded' })).toEqual([]);
    const added = await call<Output<'lexicons.saveEntry'>>('lexicons.saveEntry', {
      language: 'uk',
      kind: 'loaded',
      mode: 'add',
      entry: { pattern: 'окупант*', why: 'Оцінне слово.' },
    });
    expect(added).toMatchObject({ id: 'user-okupant', origin: 'added' });
    const [file] = await call<FileView[]>('lexicons.list', { language: 'uk', kind: 'loaded' });
    expect(file).toMatchObject({ version: null, counts: { total: 1, added: 1 } });
  });

  it('previews a pattern on a text', async () => {
    const preview = await call<Output<'lexicons.test'>>('lexicons.test', {
      language: 'ru',
      kind: 'hedge',
      pattern: 'по некоторым данным|сведениям',
      text: 'По некоторым данным, встреча прошла. По некоторым сведениям — нет.',
    });
    expect(preview.problem).toBeNull();
    expect(preview.matches.map((m) => m.text)).toEqual([
      'По некоторым данным',
      'По некоторым сведениям',
    ]);
    const bad = await call<Output<'lexicons.test'>>('lexicons.test', {
      language: 'ru',
      kind: 'hedge',
      pattern: 'за*',
      text: 'заявил',
    });
    expect(bad.problem).toMatch(/3 letters/);
  });

  it('keeps the edits across a restart on the same library', async () => {
    const id = await englishArticle();
    const cue = await someVerb(id);
    await call('lexicons.setEnabled', {
      language: cue.language,
      kind: 'reporting-verb',
      id: cue.entryId,
      enabled: false,
    });
    await backend.close();
    backend = await open();
    expect((await analyze(id)).some((c) => c.entryId === cue.entryId)).toBe(false);
    const [file] = await call<FileView[]>('lexicons.list', {
      language: cue.language,
      kind: 'reporting-verb',
    });
    expect(file?.entries.find((e) => e.id === cue.entryId)).toMatchObject({
      enabled: false,
      origin: 'edited',
    });
  });

  it('ignores a corrupt setting with a logged message, and the editor reports it', async () => {
    const id = await englishArticle();
    const cue = await someVerb(id);
    await backend.close();
    const db = openDatabase(join(dir.path, databaseFileName));
    setSetting(
      db,
      `lexicons.user.${cue.language}.reporting-verb`,
      '{"schema":"parallax.lexicon/1","entr',
    );
    setSetting(
      db,
      'lexicons.user.en.loaded',
      JSON.stringify({ schema: 'parallax.lexicon/1', language: 'en', kind: 'loaded', entries: 3 }),
    );
    const messages: string[] = [];
    const store = createLexiconStore(db, { log: (m) => messages.push(m) });
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/lexicons\.user\.en\.loaded is unreadable.*entries/);
    expect(store.list({ language: 'en', kind: 'loaded' })[0]?.problem).toMatch(/ignored/);
    db.close();

    backend = await open();
    const cues = await analyze(id);
    // The shipped lexicons still apply in full.
    expect(cues.some((c) => c.entryId === cue.entryId)).toBe(true);
    const [file] = await call<FileView[]>('lexicons.list', {
      language: cue.language,
      kind: 'reporting-verb',
    });
    expect(file?.problem).toMatch(/could not be read/);
    // A new edit replaces the unreadable one.
    await call('lexicons.setEnabled', {
      language: cue.language,
      kind: 'reporting-verb',
      id: cue.entryId,
      enabled: false,
    });
    const [again] = await call<FileView[]>('lexicons.list', {
      language: cue.language,
      kind: 'reporting-verb',
    });
    expect(again?.problem).toBeNull();
  });
});
