import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
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

const text = `Officials hail a breakthrough in border talks

The two governments agreed on Friday to reopen the crossing. Farmers welcomed the decision.

Critics said the deal came too late for the farmers who had already lost their harvest.
`;

let articleId = '';
let body = '';
let codeId = '';

beforeEach(async () => {
  dir = makeTempDir();
  backend = await createBackend({ dataDir: dir.path, log: () => undefined });
  const path = join(dir.path, 'talks.txt');
  writeFileSync(path, text);
  const { jobId } = await call<{ jobId: string }>('articles.import', { paths: [path] });
  await backend.waitForImport(jobId);
  const job = await call<Output<'imports.get'>>('imports.get', { jobId });
  articleId = job.report?.imported[0]?.id ?? '';
  body = (await call<Output<'articles.get'>>('articles.get', { id: articleId })).body;
  const book = await call<Output<'codebooks.create'>>('codebooks.create', { name: 'Mine' });
  codeId = (
    await call<Output<'codes.create'>>('codes.create', { codebookId: book.id, name: 'Blame' })
  ).id;
  events = [];
  backend.onEvent((event, payload) => events.push({ event, payload }));
});

afterEach(async () => {
  await backend.close();
  dir.remove();
});

async function annotate(quote: string, note = ''): Promise<Annotation> {
  const start = body.indexOf(quote);
  return call<Annotation>('annotations.create', {
    articleId,
    start,
    end: start + quote.length,
    codeIds: [codeId],
    note,
  });
}

function upload(name: string, content: string) {
  return { file: { name, contentBase64: Buffer.from(content).toString('base64') } };
}

describe('annotations.export', () => {
  it('returns the file as base64 without a path, and writes it atomically with one', async () => {
    await annotate('too late', 'timing');
    const inline = await call<Output<'annotations.export'>>('annotations.export', {
      format: 'w3c',
    });
    expect(inline).toMatchObject({ count: 1, mimeType: 'application/ld+json' });
    expect(inline.path).toBeUndefined();
    const doc = JSON.parse(Buffer.from(inline.contentBase64 ?? '', 'base64').toString('utf8')) as {
      first: { items: { target: { selector: { type: string; exact?: string }[] } }[] };
    };
    expect(doc.first.items[0]?.target.selector[0]).toMatchObject({
      type: 'TextQuoteSelector',
      exact: 'too late',
    });

    const folder = join(dir.path, 'exports');
    mkdirSync(folder);
    const path = join(folder, 'coded.csv');
    writeFileSync(path, 'the old export');
    const written = await call<Output<'annotations.export'>>('annotations.export', {
      format: 'csv',
      path,
    });
    expect(written).toMatchObject({ count: 1, path, fileName: 'coded.csv' });
    expect(written.contentBase64).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toContain('too late');
    expect(readdirSync(folder)).toEqual(['coded.csv']);

    const reply = await backend.handle('annotations.export', {
      format: 'csv',
      path: join(dir.path, 'missing', 'x.csv'),
    });
    expect(reply.ok).toBe(false);
    expect(existsSync(join(dir.path, 'missing'))).toBe(false);
  });

  it('exports a REFI-QDA project with the coded article and its codes, orphans left out', async () => {
    await annotate('too late', 'timing');
    const lost = await annotate('Critics said');
    await call('articles.editText', { id: articleId, body: body.replace('Critics said ', '') });
    const [orphan] = await call<Annotation[]>('annotations.list', { status: 'orphan' });
    expect(orphan?.id).toBe(lost.id);
    const qdpx = await call<Output<'annotations.export'>>('annotations.export', {
      format: 'qdpx',
    });
    expect(qdpx.fileName).toMatch(/\.qdpx$/);
    expect(qdpx.count).toBe(1);
    const files = unzipSync(new Uint8Array(Buffer.from(qdpx.contentBase64 ?? '', 'base64')));
    const project = new TextDecoder().decode(files['project.qde']);
    expect(project).toContain('name="Blame"');
    expect(project).toContain('urn:QDA-XML:project:1.0');
    const sources = Object.keys(files).filter((name) => name.startsWith('Sources/'));
    expect(sources).toHaveLength(1);
    expect(new TextDecoder().decode(files[sources[0] ?? ''])).toBe(
      body.replace('Critics said ', ''),
    );
  });

  it('filters what it exports', async () => {
    await annotate('too late');
    const none = await call<Output<'annotations.export'>>('annotations.export', {
      format: 'csv',
      filter: { coders: ['somebody else'] },
    });
    expect(none.count).toBe(0);
  });
});

describe('annotations.import', () => {
  it('writes the good items, reports each bad one, and leaves an unsure one as an orphan', async () => {
    const item = (over: Record<string, unknown>) => ({
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'blame' }],
      target: {
        source: `parallax:article/${articleId}`,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'the farmers',
            prefix: 'too late for ',
            suffix: ' who had',
          },
        ],
      },
      ...over,
    });
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          item({ id: 'parallax:annotation/11111111-1111-4111-8111-111111111111' }),
          item({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Heroes' }] }),
          item({
            target: {
              source: 'https://nowhere.example/story',
              selector: [
                { type: 'TextQuoteSelector', exact: 'the farmers', prefix: '', suffix: '' },
              ],
            },
          }),
          item({
            target: {
              source: `parallax:article/${articleId}`,
              selector: [
                {
                  type: 'TextQuoteSelector',
                  exact: 'Quarterly profits fell',
                  prefix: '',
                  suffix: '',
                },
              ],
            },
          }),
          { type: 'Note' },
          // A reworded passage: found approximately, not sure enough to attach.
          item({
            target: {
              source: `parallax:article/${articleId}`,
              selector: [
                {
                  type: 'TextQuoteSelector',
                  exact: 'Farmers welcomed that decision',
                  prefix: 'Elsewhere, ',
                  suffix: ' in March',
                },
              ],
            },
          }),
        ],
      },
    };
    const report = await call<Output<'annotations.import'>>(
      'annotations.import',
      upload('coded.jsonld', JSON.stringify(file)),
    );
    expect(report.problems.map((p) => p.item)).toEqual([
      'annotation 1',
      'annotation 2',
      'annotation 3',
      'annotation 4',
    ]);
    expect(report.problems[0]?.reason).toMatch(/unknown code.*Heroes/);
    expect(report.problems[1]?.reason).toMatch(/no such article .*nowhere\.example/);
    expect(report.problems[2]?.reason).toMatch(/not found/);
    expect(report.problems[3]?.reason).toMatch(/not "Annotation"/);
    expect(report).toMatchObject({ added: 2, orphans: 1 });

    const list = await call<Output<'annotations.list'>>('annotations.list', {});
    const good = list.find((a) => a.id === '11111111-1111-4111-8111-111111111111');
    expect(good).toMatchObject({ status: 'anchored', codeIds: [codeId], coder: 'me' });
    // "the farmers" occurs twice; the context picks the second.
    expect(good?.start).toBe(body.lastIndexOf('the farmers'));
    expect(list.filter((a) => a.status === 'orphan').map((a) => a.quote.exact)).toEqual([
      'Farmers welcomed that decision',
    ]);
    expect(events).toContainEqual({
      event: 'annotations.changed',
      payload: { articleIds: [articleId] },
    });
  });

  it('changes nothing for a malformed file or CSV', async () => {
    await annotate('too late');
    const before = await call<unknown[]>('annotations.list', {});
    const broken = await call<Output<'annotations.import'>>(
      'annotations.import',
      upload('x.json', '[{"type": "Annotation", '),
    );
    expect(broken).toMatchObject({ added: 0, orphans: 0 });
    expect(broken.problems[0]?.reason).toMatch(/^not valid JSON/);
    const csv = await call<Output<'annotations.import'>>(
      'annotations.import',
      upload('x.csv', 'article_id,quote,codes\nabc,"unclosed,Blame\n'),
    );
    expect(csv.problems[0]?.reason).toMatch(/never closed/);
    expect(await call<unknown[]>('annotations.list', {})).toEqual(before);
    const reply = await backend.handle('annotations.import', { path: join(dir.path, 'none.csv') });
    expect(reply.ok ? null : reply.error.code).toBe('invalid_input');
  });

  it('says a .qdpx project cannot be imported instead of reading it as a broken CSV', async () => {
    await annotate('too late');
    const exported = await call<Output<'annotations.export'>>('annotations.export', {
      format: 'qdpx',
      filter: {},
    });
    const path = join(dir.path, 'project.qdpx');
    writeFileSync(path, Buffer.from(exported.contentBase64 ?? '', 'base64'));
    const reply = await call<Output<'annotations.import'>>('annotations.import', { path });
    expect(reply).toMatchObject({ added: 0, orphans: 0 });
    expect(reply.problems).toHaveLength(1);
    expect(reply.problems[0]?.reason).toMatch(
      /zip archive.*W3C Web Annotation JSON or Parallax CSV/,
    );
  });

  it('imports a hand-made CSV (no ids) once: the same rows again are reported, not doubled', async () => {
    const csv =
      'article_id,quote,code,note,coder\n' +
      `${articleId},Farmers welcomed the decision,Blame,,anna\n` +
      `${articleId},too late,Blame,late,anna\n` +
      // The same passage again in the same file; then another coder on the same words.
      `${articleId},too late,Blame,late,anna\n` +
      `${articleId},too late,Blame,late,boris\n`;
    const first = await call<Output<'annotations.import'>>(
      'annotations.import',
      upload('h.csv', csv),
    );
    expect(first.added).toBe(3);
    expect(first.problems).toEqual([
      { item: 'line 4', reason: 'anna already coded this passage with the same codes and note' },
    ]);
    const again = await call<Output<'annotations.import'>>(
      'annotations.import',
      upload('h.csv', csv),
    );
    expect(again.added).toBe(0);
    expect(again.problems.map((p) => p.item)).toEqual(['line 2', 'line 3', 'line 4', 'line 5']);
    expect(await call<unknown[]>('annotations.list', {})).toHaveLength(3);
    // A different note is a different annotation.
    const other = await call<Output<'annotations.import'>>(
      'annotations.import',
      upload('o.csv', `article_id,quote,code,note,coder\n${articleId},too late,Blame,other,anna\n`),
    );
    expect(other.added).toBe(1);
  });

  it('round-trips a CSV export with notes, quotes, commas and Cyrillic', async () => {
    const a = await annotate(
      'Farmers welcomed the decision',
      'They said: "finally, at last" — наконец-то,\nдва',
    );
    const exported = await call<Output<'annotations.export'>>('annotations.export', {
      format: 'csv',
    });
    await call('annotations.delete', { id: a.id });
    const content = Buffer.from(exported.contentBase64 ?? '', 'base64').toString('utf8');
    const report = await call<Output<'annotations.import'>>(
      'annotations.import',
      upload('x.csv', content),
    );
    expect(report).toEqual({ added: 1, orphans: 0, problems: [] });
    const [back] = await call<Annotation[]>('annotations.list', {});
    expect(back).toMatchObject({
      id: a.id,
      note: a.note,
      start: a.start,
      end: a.end,
      quote: a.quote,
      codeIds: [codeId],
      createdAt: a.createdAt,
    });
  });
});

describe('annotations.restore', () => {
  it('places an undone delete on the text as it is now', async () => {
    const a = await annotate('too late');
    const deleted = await call<Annotation>('annotations.delete', { id: a.id });
    await call('articles.editText', { id: articleId, body: `Update: talks resumed.\n\n${body}` });
    const restored = await call<Annotation>('annotations.restore', { annotation: deleted });
    const now = (await call<Output<'articles.get'>>('articles.get', { id: articleId })).body;
    expect(restored).toMatchObject({ status: 'anchored', articleVersion: 2 });
    expect(now.slice(restored.start, restored.end)).toBe('too late');
    expect(restored.start).toBe(a.start + 'Update: talks resumed.\n\n'.length);
  });
});
