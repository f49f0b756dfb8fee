import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName, Output } from '../../shared/api/contract.ts';
import { createBackend, type Backend } from './backend.ts';
import { repoCorpusDir } from './paths.ts';
import { makeTempDir } from '../../tests/support/temp-dir.ts';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = await backend.handle(method, input);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

const article = `Ministers agree to reopen the border crossing

12 March 2021

Share

Foreign ministers of the two countries agreed on Friday to reopen the main border crossing, closed since the autumn, officials said.

The agreement follows weeks of talks mediated by the European Union, according to a joint statement.
`;

beforeEach(async () => {
  dir = makeTempDir();
  backend = await createBackend({
    dataDir: dir.path,
    corpusDir: repoCorpusDir,
    log: () => undefined,
  });
});

afterEach(async () => {
  await backend.close();
  dir.remove();
});

describe('backend', () => {
  it('imports the five sample articles into a new library', async () => {
    const page = await call<Output<'articles.list'>>('articles.list', {});
    expect(page.total).toBe(5);
    expect(page.items.map((a) => a.title)).toContain('В НАТО объяснили сближение с Россией');
  });

  it('does not import the samples again when reopened', async () => {
    await backend.close();
    backend = await createBackend({
      dataDir: dir.path,
      corpusDir: repoCorpusDir,
      log: () => undefined,
    });
    expect((await call<Output<'library.getInfo'>>('library.getInfo', {})).articleCount).toBe(5);
  });

  it('filters by language and sorts by date with unknown dates last', async () => {
    const ru = await call<Output<'articles.list'>>('articles.list', { languages: ['ru'] });
    expect(ru.items.map((a) => a.language)).toEqual(['ru']);
    const byDate = await call<Output<'articles.list'>>('articles.list', {
      sort: 'published',
      direction: 'desc',
    });
    const dates = byDate.items.map((a) => a.published);
    expect(dates.slice(0, 2)).toEqual(['2018-01-08T19:27', '2015-01-22']);
    expect(dates.slice(2)).toEqual([null, null, null]);
  });

  it('filters by a date range including the last day', async () => {
    const page = await call<Output<'articles.list'>>('articles.list', {
      publishedFrom: '2018-01-01',
      publishedTo: '2018-01-08',
    });
    expect(page.items.map((a) => a.published)).toEqual(['2018-01-08T19:27']);
  });

  it('shows removed lines with their reasons next to the body', async () => {
    const page = await call<Output<'articles.list'>>('articles.list', { languages: ['ru'] });
    const detail = await call<Output<'articles.get'>>('articles.get', { id: page.items[0]!.id });
    const ad = detail.lines.find((l) => l.text.trim() === 'Реклама');
    expect(ad?.role).not.toBe('body');
    expect(ad?.reason).toBeTruthy();
    expect(detail.body).not.toContain('Реклама');
    expect(detail.passages.length).toBeGreaterThan(3);
  });

  it('keeps metadata edits across a restart', async () => {
    const page = await call<Output<'articles.list'>>('articles.list', { languages: ['ru'] });
    const id = page.items[0]!.id;
    await call('articles.updateMetadata', {
      id,
      patch: { outlet: 'Segodnya', published: '2018-01-09' },
    });
    await backend.close();
    backend = await createBackend({ dataDir: dir.path, log: () => undefined });
    const record = (await call<Output<'articles.get'>>('articles.get', { id })).article;
    expect(record.outlet).toBe('Segodnya');
    expect(record.published).toBe('2018-01-09');
    expect(record.editedFields).toEqual(['outlet', 'published']);
  });

  it('answers invalid input and unknown ids with error envelopes', async () => {
    expect(await backend.handle('articles.get', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await backend.handle('articles.list', { limit: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await backend.handle('articles.destroyAll', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const empty = await backend.handle('articles.updateMetadata', { id: 'x', patch: {} });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('nothing to change') },
    });
  });

  it('imports uploads in a worker, reports bad files, and skips duplicates', async () => {
    const events: EventName[] = [];
    backend.onEvent((event) => events.push(event));
    const files = [
      { name: 'border.txt', contentBase64: Buffer.from(article).toString('base64') },
      {
        name: 'copy-of-border.txt',
        contentBase64: Buffer.from(article.replace(/\n/g, '\r\n')).toString('base64'),
      },
      { name: 'empty.txt', contentBase64: '' },
      {
        name: 'photo.txt',
        contentBase64: Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
        ]).toString('base64'),
      },
    ];
    const { jobId } = await call<{ jobId: string }>('articles.import', { files });
    await backend.waitForImport(jobId);
    const job = await call<Output<'imports.get'>>('imports.get', { jobId });
    expect(job.state).toBe('finished');
    expect(job.report?.imported.map((a) => a.title)).toEqual([
      'Ministers agree to reopen the border crossing',
    ]);
    expect(job.report?.skipped).toEqual([
      {
        file: 'copy-of-border.txt',
        reason: expect.any(String),
        duplicateOf: job.report?.imported[0]?.id,
      },
    ]);
    expect(job.report?.failed.map((f) => f.file)).toEqual(['empty.txt', 'photo.txt']);
    expect(events).toContain('import.progressed');
    expect(events).toContain('import.finished');
    expect(events).toContain('library.changed');
  });

  it('imports a folder by path, and a missing path is one failure among successes', async () => {
    const folder = join(dir.path, 'in');
    makeFolder(folder);
    const { jobId } = await call<{ jobId: string }>('articles.import', {
      paths: [folder, join(dir.path, 'missing.txt')],
    });
    await backend.waitForImport(jobId);
    const job = await call<Output<'imports.get'>>('imports.get', { jobId });
    expect(job.report?.imported).toHaveLength(1);
    expect(job.report?.failed).toEqual([
      { file: join(dir.path, 'missing.txt'), error: 'cannot open: no such file or folder' },
    ]);
  });

  it('refuses a 50 MB file before reading it, and imports the file beside it', async () => {
    const huge = join(dir.path, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'word '));
    const small = join(dir.path, 'small.txt');
    writeFileSync(small, article);
    const { jobId } = await call<{ jobId: string }>('articles.import', { paths: [huge, small] });
    await backend.waitForImport(jobId);
    const job = await call<Output<'imports.get'>>('imports.get', { jobId });
    expect(job.report?.failed).toEqual([
      { file: 'huge.txt', error: 'file is too large (50.0 MB; the limit is 20.0 MB)' },
    ]);
    expect(job.report?.imported.map((a) => a.file)).toEqual(['small.txt']);
  });

  it('stops a cancelled import and keeps what was committed', async () => {
    const files = Array.from({ length: 400 }, (_, i) => ({
      name: `a${i}.txt`,
      contentBase64: Buffer.from(article.replace('Friday', `day ${i}`)).toString('base64'),
    }));
    const { jobId } = await call<{ jobId: string }>('articles.import', { files });
    await call('imports.cancel', { jobId });
    await backend.waitForImport(jobId);
    const job = await call<Output<'imports.get'>>('imports.get', { jobId });
    expect(job.state).toBe('cancelled');
    const count = (await call<Output<'library.getInfo'>>('library.getInfo', {})).articleCount;
    expect(count).toBe(5 + (job.report?.imported.length ?? 0));
    expect(job.report?.imported.length).toBeLessThan(400);
  });
});

function makeFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'one.txt'), article);
  // Not an importable extension: a folder walk leaves it out rather than failing it.
  writeFileSync(join(folder, 'notes.pdf'), 'not an article');
}

describe('search', () => {
  it('finds a misspelt seed quote with its span, and a just-imported article', async () => {
    const { hits } = await call<Output<'search.query'>>('search.query', {
      text: 'not aimed against any third contry',
    });
    const best = hits[0]!;
    expect(best.outlet).toBe('CGTN');
    expect(best.text.slice(best.start - best.passageStart, best.end - best.passageStart)).toBe(
      'not aimed against any third country',
    );
    const files = [{ name: 'border.txt', contentBase64: Buffer.from(article).toString('base64') }];
    const { jobId } = await call<{ jobId: string }>('articles.import', { files });
    await backend.waitForImport(jobId);
    const fresh = await call<Output<'search.query'>>('search.query', {
      text: 'agreed on Friday to reopen the main border crossing',
    });
    expect(fresh.hits[0]?.title).toBe('Ministers agree to reopen the border crossing');
  });

  it('keeps the history newest first without repeats', async () => {
    await call('search.addHistory', { text: 'lines of communication' });
    await call('search.addHistory', { text: 'якобы' });
    const history = await call<Output<'search.addHistory'>>('search.addHistory', {
      text: 'lines of communication',
    });
    expect(history.map((h) => h.text)).toEqual(['lines of communication', 'якобы']);
  });
});

describe('view state', () => {
  it('survives a restart', async () => {
    expect(await call('settings.getViewState', { view: 'compare' })).toEqual({ state: null });
    await call('settings.setViewState', {
      view: 'compare',
      state: { pivot: 'a1', columns: ['a1', 'a2'] },
    });
    await backend.close();
    backend = await createBackend({ dataDir: dir.path, log: () => undefined });
    expect(await call('settings.getViewState', { view: 'compare' })).toEqual({
      state: { pivot: 'a1', columns: ['a1', 'a2'] },
    });
  });
});

describe('stories and compare', () => {
  it('groups the samples into one story at topic granularity, and keeps a rename', async () => {
    await call('stories.setGranularity', { granularity: 'topic' });
    const { stories } = await call<Output<'stories.list'>>('stories.list', {});
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles).toHaveLength(5);
    await call('stories.rename', {
      storyId: stories[0]!.id,
      title: 'NATO–Russia military contacts',
    });
    await call('stories.setGranularity', { granularity: 'topic' });
    const again = await call<Output<'stories.list'>>('stories.list', {});
    expect(again.stories.map((s) => s.title)).toEqual(['NATO–Russia military contacts']);
  });

  it('keeps CGTN and Sputnik together at event granularity, and a split keeps them apart', async () => {
    const { stories } = await call<Output<'stories.list'>>('stories.list', {});
    const pair = stories.find((s) => s.articles.some((a) => a.outlet === 'CGTN'));
    expect(pair?.articles.map((a) => a.outlet).sort()).toEqual(['CGTN', 'Sputnik']);
    const sputnik = pair!.articles.find((a) => a.outlet === 'Sputnik')!;
    await call('stories.split', { storyId: pair!.id, articleIds: [sputnik.id] });
    const after = await call<Output<'stories.list'>>('stories.list', {});
    const cgtnStory = after.stories.find((s) => s.articles.some((a) => a.outlet === 'CGTN'));
    expect(cgtnStory?.articles.map((a) => a.outlet)).toEqual(['CGTN']);
  });

  it('aligns the CGTN and Segodnya "lines of communication" passages on one row', async () => {
    const page = await call<Output<'articles.list'>>('articles.list', {});
    const id = (outlet: string) => page.items.find((a) => a.outlet === outlet)!.id;
    const result = await call<Output<'compare.align'>>('compare.align', {
      articleIds: [id('CGTN'), id('Segodnya')],
    });
    const text = (articleId: string, indices: number[]) =>
      indices
        .map((i) => result.articles.find((a) => a.article.id === articleId)!.passages[i]!.text)
        .join(' ');
    const row = result.rows.find((r) =>
      text(id('CGTN'), r.cells[id('CGTN')] ?? []).includes('lines of communication'),
    );
    expect(text(id('Segodnya'), row?.cells[id('Segodnya')] ?? [])).toContain('военные линии связи');
    expect(
      result.rows.some((r) => Object.values(r.cells).filter((c) => c.length).length === 1),
    ).toBe(true);
  });

  it('keeps the title of a renamed story for the articles that stay after a split', async () => {
    await call('stories.setGranularity', { granularity: 'topic' });
    const [story] = (await call<Output<'stories.list'>>('stories.list', {})).stories;
    await call('stories.rename', { storyId: story!.id, title: 'Military contacts' });
    await call('stories.split', { storyId: story!.id, articleIds: [story!.articles[0]!.id] });
    const after = (await call<Output<'stories.list'>>('stories.list', {})).stories;
    expect(after.find((s) => s.articles.length === 4)?.title).toBe('Military contacts');
    expect(after.find((s) => s.articles.length === 1)?.articles[0]?.id).toBe(
      story!.articles[0]!.id,
    );
  });

  it('refuses to compare a single article', async () => {
    const reply = await backend.handle('compare.align', { articleIds: ['a'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
