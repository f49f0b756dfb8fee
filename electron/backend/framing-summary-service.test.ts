import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Output } from '../../shared/api/contract.ts';
import type { Envelope } from '../../shared/api/envelope.ts';
import { createBackend, type Backend } from './backend.ts';
import { repoCorpusDir } from './paths.ts';
import { reportFileName } from './framing-summary-service.ts';
import { makeTempDir } from '../../tests/support/temp-dir.ts';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let rendered: string[];

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = (await backend.handle(method, input)) as Envelope<T>;
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

async function ids(): Promise<Record<string, string>> {
  const page = await call<Output<'articles.list'>>('articles.list', {});
  return Object.fromEntries(page.items.map((a) => [a.outlet ?? a.title, a.id]));
}

beforeEach(async () => {
  dir = makeTempDir();
  rendered = [];
  backend = await createBackend({
    dataDir: dir.path,
    corpusDir: repoCorpusDir,
    log: () => undefined,
    renderPdf: (html) => {
      rendered.push(html);
      return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
    },
  });
});

afterEach(async () => {
  await backend.close();
  dir.remove();
});

describe('framing.summarize', () => {
  it('summarises the sample story per outlet, whatever the order asked in', async () => {
    const by = await ids();
    const order = [by.Sputnik!, by.CGTN!, by.RT!, by['PanARMENIAN.Net']!, by.Segodnya!];
    const summary = await call<Output<'framing.summarize'>>('framing.summarize', {
      articleIds: order,
    });
    expect(summary.articles.map((a) => a.articleId)).toEqual(order);
    expect(summary.articles.map((a) => a.outlet)).toEqual([
      'Sputnik',
      'CGTN',
      'RT',
      'PanARMENIAN.Net',
      'Segodnya',
    ]);
    const initiative = summary.contradictions.find(
      (c) =>
        [c.a.text, c.b.text].some((t) => t.includes('held at NATO’s initiative')) &&
        [c.a.text, c.b.text].some((t) => t.includes("not NATO's initiative")),
    );
    expect(initiative?.kind).toBe('negation');
    const reversed = await call<Output<'framing.summarize'>>('framing.summarize', {
      articleIds: [...order].reverse(),
    });
    expect(reversed.contradictions).toHaveLength(summary.contradictions.length);
    const sputnik = summary.articles[0]!;
    expect(sputnik.voices[0]?.speaker).toBe('Dmitry Danilov');
    const sets = summary.contested.filter((c) => (c.byArticle[by.Sputnik!] ?? []).length > 0);
    expect(sets.map((s) => s.set)).toEqual(expect.arrayContaining(['ukraine-2014', 'crimea-2014']));
  });

  it('uses the lexicons in force: an entry the user turns off no longer counts', async () => {
    const by = await ids();
    const terms = async () => {
      const summary = await call<Output<'framing.summarize'>>('framing.summarize', {
        articleIds: [by.Sputnik!, by.CGTN!],
      });
      return summary.contested.flatMap((c) => (c.byArticle[by.Sputnik!] ?? []).map((u) => u.term));
    };
    expect(await terms()).toContain('foreign-sponsored coup');
    const [file] = await call<Output<'lexicons.list'>>('lexicons.list', {
      language: 'en',
      kind: 'contested-term',
    });
    const coup = file!.entries.filter((e) =>
      (typeof e.pattern === 'string' ? [e.pattern] : e.pattern).some((p) => /coup/.test(p)),
    );
    expect(coup.length).toBeGreaterThan(0);
    for (const entry of coup) {
      await call('lexicons.setEnabled', {
        language: 'en',
        kind: 'contested-term',
        id: entry.id,
        enabled: false,
      });
    }
    expect(await terms()).not.toContain('foreign-sponsored coup');
  });

  it('summarises a single article without contradictions', async () => {
    const by = await ids();
    const summary = await call<Output<'framing.summarize'>>('framing.summarize', {
      articleIds: [by.Segodnya!],
    });
    expect(summary.articles[0]?.language).toBe('ru');
    expect(summary.articles[0]?.hedgesPer1000Words).toBeGreaterThan(0);
    expect(summary.contradictions).toEqual([]);
  });

  it('answers not_found for an unknown article', async () => {
    const reply = await backend.handle('framing.summarize', { articleIds: ['nope'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('framing.exportReport', () => {
  it('returns a self-contained HTML report for download', async () => {
    const by = await ids();
    const result = await call<Output<'framing.exportReport'>>('framing.exportReport', {
      articleIds: [by.CGTN!, by.Sputnik!, by.Segodnya!],
      title: 'Военные контакты: NATO & Russia',
      format: 'html',
    });
    expect(result.mimeType).toBe('text/html;charset=utf-8');
    expect(result.fileName).toMatch(
      /^framing-report-Военные-контакты-NATO-Russia-\d{4}-\d{2}-\d{2}\.html$/,
    );
    const html = Buffer.from(result.contentBase64!, 'base64').toString('utf8');
    expect(result.bytes).toBe(Buffer.byteLength(html));
    expect(html).toContain('<h1>Военные контакты: NATO &amp; Russia</h1>');
    expect(html).toContain('Russia, NATO military chiefs agree to continue contact');
    expect(html).toContain('В НАТО объяснили сближение с Россией');
    expect(html).toContain('Pivot: CGTN');
    // The method note names the lexicon files of both languages with their versions.
    expect(html).toMatch(/<li><b>en<\/b>: contested-term \d+\.\d+\.\d+ \(\d+\)/);
    expect(html).toMatch(/<li><b>ru<\/b>: .*hedge \d+\.\d+\.\d+/);
    expect(html).not.toMatch(/<script/i);
  });

  it('includes the passages coded in the compared articles, with their codes and notes', async () => {
    const by = await ids();
    const detail = await call<Output<'articles.get'>>('articles.get', { id: by.Sputnik! });
    const quote = 'foreign-sponsored coup';
    const start = detail.body.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    const codebooks = await call<Output<'codebooks.list'>>('codebooks.list', {});
    const code = codebooks.flatMap((b) => b.codes).find((c) => c.name === 'Loaded language');
    if (!code) throw new Error('the default codebook has no "Loaded language" code');
    await call('annotations.create', {
      articleId: by.Sputnik!,
      start,
      end: start + quote.length,
      codeIds: [code.id],
      note: 'labels the Maidan <b>as a coup</b>',
    });
    const result = await call<Output<'framing.exportReport'>>('framing.exportReport', {
      articleIds: [by.CGTN!, by.Sputnik!],
      format: 'html',
    });
    const html = Buffer.from(result.contentBase64!, 'base64').toString('utf8');
    expect(html).toContain('Loaded language');
    expect(html).toContain('labels the Maidan &lt;b&gt;as a coup&lt;/b&gt;');
    const other = await call<Output<'framing.exportReport'>>('framing.exportReport', {
      articleIds: [by.CGTN!, by.RT!],
      format: 'html',
    });
    expect(Buffer.from(other.contentBase64!, 'base64').toString('utf8')).not.toContain(
      'labels the Maidan',
    );
  });

  it('writes to a path through a temporary file and leaves nothing else behind', async () => {
    const by = await ids();
    const path = join(dir.path, 'report.html');
    const result = await call<Output<'framing.exportReport'>>('framing.exportReport', {
      articleIds: [by.RT!, by.Sputnik!],
      pivot: by.Sputnik!,
      path,
    });
    expect(result).toMatchObject({ path, fileName: 'report.html' });
    expect(result.contentBase64).toBeUndefined();
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('Pivot: Sputnik');
    expect(readdirSync(dir.path).filter((f) => f.includes('report'))).toEqual(['report.html']);
  });

  it('renders PDF through the desktop renderer, and says how to get one without it', async () => {
    const by = await ids();
    const pdf = await call<Output<'framing.exportReport'>>('framing.exportReport', {
      articleIds: [by.CGTN!, by.Sputnik!],
      format: 'pdf',
    });
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.fileName).toMatch(/\.pdf$/);
    expect(Buffer.from(pdf.contentBase64!, 'base64').toString()).toBe('%PDF-1.7 fake');
    expect(rendered[0]).toContain(
      '<h1>Russia, NATO military chiefs agree to continue contact</h1>',
    );

    await backend.close();
    backend = await createBackend({ dataDir: dir.path, log: () => undefined });
    const reply = await backend.handle('framing.exportReport', {
      articleIds: [by.CGTN!, by.Sputnik!],
      format: 'pdf',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/HTML report.*print it to PDF/);
  });
});

describe('reportFileName', () => {
  it('keeps letters of any script and the date, drops the rest', () => {
    expect(reportFileName(' «Крым» / NATO: 2014?! ', new Date('2026-01-02T10:00:00Z'), 'pdf')).toBe(
      'framing-report-Крым-NATO-2014-2026-01-02.pdf',
    );
    expect(reportFileName('///', new Date('2026-01-02T10:00:00Z'), 'html')).toBe(
      'framing-report-story-2026-01-02.html',
    );
  });
});
