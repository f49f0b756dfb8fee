import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Output } from '../../../shared/api/contract.ts';
import type { Annotation } from '../../../shared/api/annotation-methods.ts';
import { createBackend, type Backend } from '../backend.ts';
import { makeTempDir } from '../../../tests/support/temp-dir.ts';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let events: { event: string; payload: unknown }[];

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = await backend.handle(method, input);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

async function failure(method: string, input: unknown): Promise<string> {
  const reply = await backend.handle(method, input);
  if (reply.ok) throw new Error(`${method} succeeded`);
  return `${reply.error.code}: ${reply.error.message}`;
}

const borderText = `Ministers agree to reopen the border crossing

12 March 2021

Foreign ministers of the two countries agreed on Friday to reopen the main border crossing, closed since the autumn, officials said.

The agreement follows weeks of talks mediated by the European Union, according to a joint statement.

Critics called the deal a betrayal of the farmers who lost their land.
`;

async function importFile(name: string, text: string): Promise<Output<'imports.get'>> {
  const path = join(dir.path, name);
  writeFileSync(path, text);
  const { jobId } = await call<{ jobId: string }>('articles.import', { paths: [path] });
  await backend.waitForImport(jobId);
  return call<Output<'imports.get'>>('imports.get', { jobId });
}

async function importBorder(): Promise<{ id: string; body: string }> {
  const job = await importFile('border.txt', borderText);
  const id = job.report?.imported[0]?.id ?? '';
  const detail = await call<Output<'articles.get'>>('articles.get', { id });
  return { id, body: detail.body };
}

async function makeCodes(): Promise<{ bookId: string; economic: string; morality: string }> {
  const book = await call<Output<'codebooks.create'>>('codebooks.create', { name: 'Frames' });
  const economic = await call<Output<'codes.create'>>('codes.create', {
    codebookId: book.id,
    name: 'Economic',
  });
  const morality = await call<Output<'codes.create'>>('codes.create', {
    codebookId: book.id,
    name: 'Morality',
    color: '#AA0000',
  });
  return { bookId: book.id, economic: economic.id, morality: morality.id };
}

function spanOf(body: string, quote: string): { start: number; end: number } {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the body`);
  return { start, end: start + quote.length };
}

beforeEach(async () => {
  dir = makeTempDir();
  backend = await createBackend({ dataDir: dir.path, log: () => undefined });
  events = [];
  backend.onEvent((event, payload) => events.push({ event, payload }));
});

afterEach(async () => {
  await backend.close();
  dir.remove();
});

describe('codebooks and codes', () => {
  it('a new library has the default codebook, seeded once', async () => {
    const [first] = await call<Output<'codebooks.list'>>('codebooks.list', {});
    expect(first?.codebook).toMatchObject({
      builtIn: true,
      name: 'Frames and persuasion techniques',
    });
    const codes = first?.codes ?? [];
    const frames = codes.find((c) => c.name === 'Frames (MFC)');
    const economic = codes.find((c) => c.name === 'Economic');
    expect(economic?.parentId).toBe(frames?.id);
    expect(codes.find((c) => c.name === 'Loaded language')).toBeDefined();
    expect(codes.length).toBeGreaterThan(30);

    // The user's edits to it stay: reopening the library does not seed it again.
    await call('codes.update', { id: economic?.id, name: 'Economy' });
    await call('codebooks.update', { id: first?.codebook.id, name: 'Our frames' });
    await backend.close();
    backend = await createBackend({ dataDir: dir.path, log: () => undefined });
    const again = await call<Output<'codebooks.list'>>('codebooks.list', {});
    expect(again).toHaveLength(1);
    expect(again[0]?.codebook.name).toBe('Our frames');
    expect(again[0]?.codes.map((c) => c.name)).toContain('Economy');
    expect(again[0]?.codes.map((c) => c.name)).not.toContain('Economic');
  });

  it('creates, nests, recolours and moves a shortcut from one code to another', async () => {
    const { bookId, economic, morality } = await makeCodes();
    expect(events.filter((e) => e.event === 'codebooks.changed')).toHaveLength(3);
    const child = await call<Output<'codes.create'>>('codes.create', {
      codebookId: bookId,
      name: 'Jobs',
      parentId: economic,
    });
    expect(child.parentId).toBe(economic);
    expect(await failure('codes.update', { id: economic, parentId: child.id })).toMatch(
      /invalid_input: a code cannot nest under itself/,
    );
    await call('codes.update', { id: economic, shortcut: '1' });
    const moved = await call<Output<'codes.update'>>('codes.update', {
      id: morality,
      shortcut: '1',
      color: '#00AA00',
    });
    expect(moved).toMatchObject({ shortcut: '1', color: '#00aa00' });
    const books = await call<Output<'codebooks.list'>>('codebooks.list', {});
    const codes = books.find((b) => b.codebook.id === bookId)?.codes ?? [];
    expect(codes.map((c) => [c.name, c.shortcut, c.parentId])).toEqual([
      ['Economic', null, null],
      ['Morality', '1', null],
      ['Jobs', null, economic],
    ]);
  });

  it('retiring a code keeps its passages; merging moves them and retires the sources', async () => {
    const { id, body } = await importBorder();
    const { bookId, economic, morality } = await makeCodes();
    const third = await call<Output<'codes.create'>>('codes.create', {
      codebookId: bookId,
      name: 'Economy (dup)',
    });
    const both = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, 'reopen the main border crossing'),
      codeIds: [economic, morality],
    });
    const onlyDup = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, 'weeks of talks'),
      codeIds: [third.id],
    });
    const retired = await call<Output<'codes.update'>>('codes.update', {
      id: morality,
      retired: true,
    });
    expect(retired).toMatchObject({ retired: true, usage: 1 });
    expect(
      await failure('annotations.create', {
        articleId: id,
        ...spanOf(body, 'officials said'),
        codeIds: [morality],
      }),
    ).toMatch(/retired/);

    const { moved } = await call<Output<'codes.merge'>>('codes.merge', {
      sourceIds: [third.id, economic],
      targetId: morality,
    }).catch(() => ({ moved: -1 }));
    // The target must be offered: merging into a retired code is refused.
    expect(moved).toBe(-1);
    await call('codes.update', { id: morality, retired: false });
    const merged = await call<Output<'codes.merge'>>('codes.merge', {
      sourceIds: [third.id, economic],
      targetId: morality,
    });
    expect(merged.moved).toBe(2);
    const list = await call<Output<'annotations.list'>>('annotations.list', {});
    expect(list.find((a) => a.id === both.id)?.codeIds).toEqual([morality]);
    expect(list.find((a) => a.id === onlyDup.id)?.codeIds).toEqual([morality]);
    const codes =
      (await call<Output<'codebooks.list'>>('codebooks.list', {})).find(
        (b) => b.codebook.id === bookId,
      )?.codes ?? [];
    expect(codes.map((c) => [c.name, c.retired, c.usage])).toEqual([
      ['Economic', true, 0],
      ['Morality', false, 2],
      ['Economy (dup)', true, 0],
    ]);
    expect(events).toContainEqual({ event: 'annotations.changed', payload: { articleIds: [id] } });
  });
});

describe('annotations', () => {
  it('codes a span with its selectors and the current coder, and validates the span', async () => {
    const { id, body } = await importBorder();
    const { economic } = await makeCodes();
    const span = spanOf(body, 'weeks of talks');
    const created = await call<Annotation>('annotations.create', {
      articleId: id,
      ...span,
      codeIds: [economic],
      note: 'mediation',
    });
    expect(created).toMatchObject({
      articleId: id,
      articleVersion: 1,
      coder: 'me',
      status: 'anchored',
      confidence: 1,
      ...span,
      quote: { type: 'TextQuoteSelector', exact: 'weeks of talks' },
    });
    expect(created.quote.prefix.endsWith('agreement follows ')).toBe(true);
    expect(created.quote.suffix.startsWith(' mediated by')).toBe(true);
    expect(events).toContainEqual({ event: 'annotations.changed', payload: { articleIds: [id] } });

    expect(
      await failure('annotations.create', {
        articleId: id,
        start: body.length - 2,
        end: body.length + 5,
        codeIds: [economic],
      }),
    ).toMatch(/^invalid_input: .*outside the text/);
    expect(
      await failure('annotations.create', {
        articleId: 'nope',
        start: 0,
        end: 3,
        codeIds: [economic],
      }),
    ).toMatch(/^not_found/);
    expect(
      await failure('annotations.create', {
        articleId: id,
        start: 0,
        end: 3,
        codeIds: ['missing'],
      }),
    ).toMatch(/^not_found: no code/);

    await call('annotations.setCoder', { coder: '  Anna ' });
    expect(await call('annotations.getCoder', {})).toEqual({ coder: 'Anna' });
    const second = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, 'officials said'),
      note: 'attribution',
    });
    expect(second.coder).toBe('Anna');
    expect(second.codeIds).toEqual([]);
  });

  it('edits, re-spans, deletes and restores an annotation exactly', async () => {
    const { id, body } = await importBorder();
    const { economic, morality } = await makeCodes();
    const created = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, 'weeks of talks'),
      codeIds: [economic],
    });
    const edited = await call<Annotation>('annotations.update', {
      id: created.id,
      codeIds: [morality, economic],
      note: 'why',
      color: '#123ABC',
      span: spanOf(body, 'talks mediated by the European Union'),
    });
    expect(edited).toMatchObject({
      codeIds: [morality, economic],
      note: 'why',
      color: '#123abc',
      status: 'anchored',
      confidence: 1,
      quote: { exact: 'talks mediated by the European Union' },
      createdAt: created.createdAt,
    });
    expect(await failure('annotations.update', { id: created.id, codeIds: [], note: ' ' })).toMatch(
      /pick a code or write a note/,
    );

    const deleted = await call<Annotation>('annotations.delete', { id: created.id });
    expect(deleted).toEqual(edited);
    expect(await call<unknown[]>('annotations.list', {})).toEqual([]);
    const restored = await call<Annotation>('annotations.restore', { annotation: deleted });
    expect(restored).toEqual(edited);
    expect(await failure('annotations.restore', { annotation: deleted })).toMatch(/^conflict/);
  });

  it('lists with the article and filters by code, coder, outlet and status', async () => {
    const { id, body } = await importBorder();
    const { economic, morality } = await makeCodes();
    await call('annotations.create', {
      articleId: id,
      ...spanOf(body, 'weeks of talks'),
      codeIds: [economic],
    });
    await call('annotations.create', {
      articleId: id,
      ...spanOf(body, 'betrayal'),
      codeIds: [morality],
      coder: 'Boris',
    });
    const all = await call<Output<'annotations.list'>>('annotations.list', {});
    expect(all.map((a) => a.quote.exact)).toEqual(['weeks of talks', 'betrayal']);
    expect(all[0]?.articleTitle).toBe('Ministers agree to reopen the border crossing');
    expect(all[0]).toHaveProperty('outlet');
    expect(all[0]).toHaveProperty('published');
    const exact = async (filter: object) =>
      (await call<Output<'annotations.list'>>('annotations.list', filter)).map(
        (a) => a.quote.exact,
      );
    expect(await exact({ codeIds: [morality] })).toEqual(['betrayal']);
    expect(await exact({ coders: ['me'] })).toEqual(['weeks of talks']);
    expect(await exact({ articleIds: ['other'] })).toEqual([]);
    expect(await exact({ outlets: ['Nobody'] })).toEqual([]);
    expect(await exact({ status: 'orphan' })).toEqual([]);
    expect(await exact({ status: 'anchored', coders: ['Boris', 'me'] })).toHaveLength(2);
  });
});

describe('article versions', () => {
  it('an edit makes a new version, keeps the old text, re-anchors and orphans deleted words', async () => {
    const { id, body } = await importBorder();
    const { economic } = await makeCodes();
    const kept = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, 'weeks of talks'),
      codeIds: [economic],
    });
    const lost = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, 'a betrayal of the farmers who lost their land'),
      codeIds: [economic],
    });
    const newBody = body
      .replace('Foreign ministers', 'After a long night, foreign ministers')
      .replace(
        'Critics called the deal a betrayal of the farmers who lost their land.',
        'Critics were silent.',
      );
    const result = await call<Output<'articles.editText'>>('articles.editText', {
      id,
      body: newBody.replace(/\n\n/g, '\n'),
    });
    expect(result).toMatchObject({ version: 2, reanchored: 1, orphaned: 1 });
    expect(result.detail.body).toBe(newBody);
    expect(result.detail.passages.map((p) => p.text)).toContain('Critics were silent.');
    expect(events).toContainEqual({ event: 'annotations.changed', payload: { articleIds: [id] } });

    const list = await call<Output<'annotations.list'>>('annotations.list', { articleIds: [id] });
    const moved = list.find((a) => a.id === kept.id);
    expect(moved).toMatchObject({ status: 'anchored', articleVersion: 2 });
    expect(newBody.slice(moved?.start, moved?.end)).toBe('weeks of talks');
    expect(moved?.start).toBe(kept.start + 'After a long night, f'.length - 1);
    const orphan = list.find((a) => a.id === lost.id);
    expect(orphan).toMatchObject({ status: 'orphan', articleVersion: 1, start: lost.start });
    expect(orphan?.quote.exact).toBe('a betrayal of the farmers who lost their land');

    const versions = await call<Output<'articles.listVersions'>>('articles.listVersions', { id });
    expect(versions.map((v) => [v.version, v.current, v.origin])).toEqual([
      [2, true, 'edit'],
      [1, false, 'import'],
    ]);
    expect(
      (await call<Output<'articles.getVersion'>>('articles.getVersion', { id, version: 1 })).body,
    ).toBe(body);
    expect(await failure('articles.getVersion', { id, version: 7 })).toMatch(/^not_found/);

    // The search indexes follow the new text.
    const hits = await call<Output<'search.query'>>('search.query', { text: 'long night' });
    expect(hits.hits.map((h) => h.article)).toEqual([id]);
    const old = await call<Output<'search.query'>>('search.query', { text: 'betrayal farmers' });
    expect(old.hits).toEqual([]);

    // The same text again makes no version.
    const again = await call<Output<'articles.editText'>>('articles.editText', {
      id,
      body: newBody,
    });
    expect(again.version).toBe(2);
  });

  it('an article saved again under another name, with the same URL, becomes its new version', async () => {
    const save = async (folder: string, name: string, content: string) => {
      const path = join(dir.path, folder);
      mkdirSync(path);
      writeFileSync(join(path, name), content);
      writeFileSync(
        join(path, 'parallax.manifest.json'),
        JSON.stringify({ files: { [name]: { url: 'https://example.com/border-deal' } } }),
      );
      const { jobId } = await call<{ jobId: string }>('articles.import', { paths: [path] });
      await backend.waitForImport(jobId);
      return call<Output<'imports.get'>>('imports.get', { jobId });
    };
    const first = await save('monday', 'border.txt', borderText);
    const id = first.report?.imported[0]?.id ?? '';
    const second = await save(
      'tuesday',
      'border-deal-updated.txt',
      borderText.replace('officials said', 'two officials told reporters'),
    );
    expect(second.report?.imported.map((a) => a.id)).toEqual([id]);
    expect((await call<Output<'articles.list'>>('articles.list', {})).total).toBe(1);
    const versions = await call<Output<'articles.listVersions'>>('articles.listVersions', { id });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('an orphan points at the closest look-alike for review, and re-attaching anchors it', async () => {
    const { id, body } = await importBorder();
    const { economic } = await makeCodes();
    const quote = 'weeks of talks mediated by the European Union';
    const a = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, quote),
      codeIds: [economic],
    });
    const newBody = body.replace('talks mediated by the European Union', 'talk mediated by the EU');
    const edit = await call<Output<'articles.editText'>>('articles.editText', {
      id,
      body: newBody,
    });
    expect(edit.orphaned).toBe(1);
    const [orphan] = await call<Output<'annotations.list'>>('annotations.list', {
      status: 'orphan',
    });
    expect(orphan).toMatchObject({ id: a.id, articleVersion: 2, quote: a.quote });
    expect(orphan?.confidence).toBeGreaterThan(0);
    expect(orphan?.confidence).toBeLessThan(0.75);
    expect(newBody.slice(orphan?.start, orphan?.end)).toMatch(/^weeks of talk mediated by the EU/);

    const attached = await call<Annotation>('annotations.update', {
      id: a.id,
      span: spanOf(newBody, 'weeks of talk mediated by the EU'),
    });
    expect(attached).toMatchObject({ status: 'anchored', confidence: 1, articleVersion: 2 });
    expect(attached.quote.exact).toBe('weeks of talk mediated by the EU');
  });

  it('refuses an edit that makes the text the same as another article', async () => {
    const { id } = await importBorder();
    const job = await importFile('other.txt', 'Another story\n\nSomething else happened today.\n');
    const other = job.report?.imported[0]?.id ?? '';
    const otherBody = (await call<Output<'articles.get'>>('articles.get', { id: other })).body;
    expect(await failure('articles.editText', { id, body: otherBody })).toMatch(
      new RegExp(`^conflict: .*"${other}"`),
    );
    const versions = await call<Output<'articles.listVersions'>>('articles.listVersions', { id });
    expect(versions).toHaveLength(1);
  });

  it('re-importing a changed file keeps the article id and re-anchors its annotations', async () => {
    const { id, body } = await importBorder();
    const { economic } = await makeCodes();
    const kept = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, 'mediated by the European Union'),
      codeIds: [economic],
    });
    const lost = await call<Annotation>('annotations.create', {
      articleId: id,
      ...spanOf(body, 'closed since the autumn'),
      codeIds: [economic],
    });
    const corrected = borderText
      .replace('The agreement follows', 'The long-awaited agreement, the first in years, follows')
      .replace(', closed since the autumn,', '');
    const job = await importFile('border.txt', corrected);
    expect(job.report?.imported.map((a) => a.id)).toEqual([id]);
    const page = await call<Output<'articles.list'>>('articles.list', {});
    expect(page.total).toBe(1);
    const detail = await call<Output<'articles.get'>>('articles.get', { id });
    expect(detail.body).toContain('long-awaited agreement');
    expect(detail.passages.some((p) => p.text.includes('long-awaited'))).toBe(true);

    const list = await call<Output<'annotations.list'>>('annotations.list', {});
    const moved = list.find((a) => a.id === kept.id);
    expect(detail.body.slice(moved?.start, moved?.end)).toBe('mediated by the European Union');
    expect(moved?.start).toBeGreaterThan(kept.start);
    expect(list.find((a) => a.id === lost.id)?.status).toBe('orphan');

    const versions = await call<Output<'articles.listVersions'>>('articles.listVersions', { id });
    expect(versions.map((v) => [v.version, v.origin])).toEqual([
      [2, 're-import'],
      [1, 'import'],
    ]);
    expect(
      (await call<Output<'articles.getVersion'>>('articles.getVersion', { id, version: 1 })).body,
    ).toBe(body);

    // The identical file once more is a duplicate, as before.
    const same = await importFile('border.txt', corrected);
    expect(same.report?.imported).toEqual([]);
    expect(same.report?.skipped.map((s) => s.duplicateOf)).toEqual([id]);
  });
});

describe('agreement', () => {
  it('compares two coders per code over the passages both coded, listing disagreements', async () => {
    const { id, body } = await importBorder();
    const { bookId, economic, morality } = await makeCodes();
    const code = async (coder: string, quote: string, codeIds: string[]) =>
      call('annotations.create', { articleId: id, ...spanOf(body, quote), codeIds, coder });
    // Passage 2 (agreement on Economic), passage 3 (only Anna: Economic), passage 4 (both Morality).
    await code('Anna', 'reopen the main border crossing', [economic]);
    await code('Boris', 'agreed on Friday to reopen the main border crossing', [economic]);
    await code('Anna', 'weeks of talks', [economic]);
    await code('Anna', 'a betrayal of the farmers', [morality]);
    await code('Boris', 'Critics called the deal a betrayal', [morality]);
    await code('Carla', 'Critics called', [morality]);

    const result = await call<Output<'annotations.agreement'>>('annotations.agreement', {
      coders: ['Anna', 'Boris'],
    });
    const passages = (await call<Output<'articles.get'>>('articles.get', { id })).passages;
    expect(result).toMatchObject({ coders: ['Anna', 'Boris'], articleCount: 1 });
    expect(result.unitCount).toBe(passages.length);
    const byName = new Map(result.perCode.map((c) => [c.name, c]));
    expect(byName.get('Economic')?.applied).toEqual([2, 1]);
    expect(byName.get('Morality')?.applied).toEqual([1, 1]);
    expect(byName.get('Morality')?.kappa).toBe(1);
    expect(byName.get('Morality')?.percentAgreement).toBe(1);
    // Economic: they differ on one passage of the n; kappa below 1, above 0.
    expect(byName.get('Economic')?.kappa).toBeLessThan(1);
    expect(byName.get('Economic')?.kappa).toBeGreaterThan(0);
    expect(result.disagreements).toHaveLength(1);
    expect(result.disagreements[0]).toMatchObject({
      articleId: id,
      byCoder: { Anna: [economic], Boris: [] },
    });
    expect(result.disagreements[0]?.text).toContain('weeks of talks');

    // A codebook reports all its codes, used or not; three coders give alpha but no kappa.
    const three = await call<Output<'annotations.agreement'>>('annotations.agreement', {
      coders: ['Anna', 'Boris', 'Carla'],
      codebookId: bookId,
    });
    expect(three.perCode.map((c) => c.name)).toEqual(['Economic', 'Morality']);
    expect(three.perCode.every((c) => c.kappa === null)).toBe(true);
    expect(three.perCode.find((c) => c.name === 'Morality')?.alpha).toBe(1);

    const none = await call<Output<'annotations.agreement'>>('annotations.agreement', {
      coders: ['Anna', 'Nobody'],
    });
    expect(none).toMatchObject({ articleCount: 0, unitCount: 0, disagreements: [] });
  });
});
