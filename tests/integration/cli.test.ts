import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../support/temp-dir.ts';
import { writeCorpus } from '../support/generate-corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin', 'parallax.mjs');
const corpus = join(root, 'corpus');
const truth = JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds-truth.json'), 'utf8')) as {
  articles: {
    file: string;
    title: string;
    outlet: string;
    language: string;
    published: string | null;
    body_lines: number[];
  }[];
};

let dir: ReturnType<typeof makeTempDir>;
let db: string;

beforeEach(() => {
  dir = makeTempDir();
  db = join(dir.path, 'library.sqlite');
});
afterEach(() => dir.remove());

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_DATA_DIR: join(dir.path, 'app') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Imported {
  file: string;
  outlet: string | null;
  id: string;
  title: string;
  language: string | null;
  published: string | null;
  publishedSource: string | null;
  bodyLines: number[];
  captions: string[];
  credits: string[];
  keywords: string[];
}

describe('parallax CLI', () => {
  it('imports the sample corpus with the metadata and body lines of the ground truth', () => {
    const { code, stdout } = run('import', corpus, '--db', db, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      imported: Imported[];
      skipped: unknown[];
      failed: unknown[];
    };
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(5);
    for (const expected of truth.articles) {
      const got = report.imported.find((a) => a.file.endsWith(expected.file));
      expect(got, expected.file).toBeDefined();
      expect(got?.title).toBe(expected.title);
      expect(got?.outlet).toBe(expected.outlet);
      expect(got?.language).toBe(expected.language);
      expect(got?.published).toBe(expected.published);
      expect(got?.bodyLines).toEqual(expected.body_lines);
      expect(got).toHaveProperty('publishedSource');
      expect(got).toHaveProperty('captions');
      expect(got).toHaveProperty('credits');
      expect(got).toHaveProperty('keywords');
    }
  });

  it('skips everything when the same files are imported again', () => {
    run('import', corpus, '--db', db);
    const again = JSON.parse(run('import', corpus, '--db', db, '--json').stdout) as {
      imported: unknown[];
      skipped: unknown[];
    };
    expect(again.imported).toHaveLength(0);
    expect(again.skipped).toHaveLength(5);
  });

  it('lists the same records it imported', () => {
    const imported = (
      JSON.parse(run('import', corpus, '--db', db, '--json').stdout) as { imported: Imported[] }
    ).imported;
    const { code, stdout } = run('list', '--db', db, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(imported);
    expect(run('list', '--db', db).stdout).toContain('В НАТО объяснили сближение с Россией');
  });

  it('reports a bad file in one line, imports the rest and exits 1', () => {
    const empty = join(dir.path, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stdout } = run(
      'import',
      empty,
      join(corpus, '002_c3c36266fd6b828a.txt'),
      '--db',
      db,
      '--json',
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      imported: unknown[];
      failed: { file: string; error: string }[];
    };
    expect(report.imported).toHaveLength(1);
    expect(report.failed).toEqual([{ file: 'empty.txt', error: expect.stringMatching(/empty/i) }]);
  });

  it('prints stories as id, title and article ids, one story for the samples at topic level', () => {
    run('import', corpus, '--db', db);
    const { code, stdout } = run('stories', '--granularity', 'topic', '--db', db, '--json');
    expect(code).toBe(0);
    const stories = JSON.parse(stdout) as { id: string; title: string; articles: string[] }[];
    expect(stories).toHaveLength(1);
    expect(stories[0]?.articles).toHaveLength(5);
    expect(stories[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      articles: expect.any(Array),
    });
  });

  it('renames, splits and merges stories, and a rename survives regrouping', () => {
    run('import', corpus, '--db', db);
    const list = () =>
      JSON.parse(run('stories', '--granularity', 'topic', '--db', db, '--json').stdout) as {
        id: string;
        title: string;
        articles: string[];
      }[];
    const [story] = list();
    expect(run('stories', 'rename', story!.id, 'NATO–Russia', 'contacts', '--db', db).code).toBe(0);
    expect(list().map((s) => s.title)).toEqual(['NATO–Russia contacts']);
    const off = story!.articles[0]!;
    expect(run('stories', 'split', story!.id, off, '--db', db).code).toBe(0);
    const split = list();
    expect(split).toHaveLength(2);
    expect(run('stories', 'merge', ...split.map((s) => s.id), '--db', db).code).toBe(0);
    expect(list()[0]?.articles).toHaveLength(5);
    expect(run('stories', 'frobnicate', '--db', db).code).toBe(2);
  });

  it('prints aligned rows with passage offsets and a score', () => {
    const imported = (
      JSON.parse(run('import', corpus, '--db', db, '--json').stdout) as { imported: Imported[] }
    ).imported;
    const ids = imported
      .filter((a) => a.outlet === 'CGTN' || a.outlet === 'Segodnya')
      .map((a) => a.id);
    const { code, stdout } = run('compare', ...ids, '--db', db, '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as {
      cells: Record<string, { start: number; end: number; text: string }[]>;
      score: number;
    }[];
    const joint = rows.find((r) => ids.every((id) => (r.cells[id] ?? []).length > 0));
    expect(joint?.score).toBeGreaterThan(0);
    const cell = joint?.cells[ids[0]!]?.[0];
    expect(cell && cell.end - cell.start).toBe(cell?.text.length);
    expect(run('compare', ids[0]!, '--db', db).code).toBe(2);
  });

  it('finds a quote with typos right after an import, best first, with offsets', () => {
    const imported = (
      JSON.parse(run('import', corpus, '--db', db, '--json').stdout) as { imported: Imported[] }
    ).imported;
    const { code, stdout } = run(
      'search',
      'not aimed against any third contry',
      '--db',
      db,
      '--json',
      '--limit',
      '3',
    );
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as {
      article: string;
      start: number;
      end: number;
      text: string;
      score: number;
    }[];
    expect(hits[0]?.article).toBe(imported.find((a) => a.outlet === 'CGTN')?.id);
    expect(hits[0]!.end - hits[0]!.start).toBe('not aimed against any third country'.length);
    expect(hits.length).toBeLessThanOrEqual(3);
  });

  it('prints framing cues of the kinds the lens knows, with offsets into the body', () => {
    const imported = (
      JSON.parse(run('import', corpus, '--db', db, '--json').stdout) as { imported: Imported[] }
    ).imported;
    const ids = ['CGTN', 'Sputnik'].map((o) => imported.find((a) => a.outlet === o)!.id);
    const { code, stdout } = run('framing', ...ids, '--db', db, '--json');
    expect(code).toBe(0);
    const cues = JSON.parse(stdout) as {
      article: string;
      kind: string;
      start: number;
      end: number;
      text: string;
      detail: string;
    }[];
    const kinds = new Set(cues.map((c) => c.kind));
    for (const kind of [
      'hedge',
      'metaphor',
      'contested-term',
      'reporting-verb',
      'quote',
      'frame',
      'contradiction',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(cues.find((c) => c.kind === 'hedge' && c.text === 'is believed to be')?.article).toBe(
      ids[0],
    );
    const contradiction = cues
      .filter((c) => c.kind === 'contradiction')
      .map((c) => c.text)
      .join(' | ');
    expect(contradiction).toMatch(/initiative/);
  });

  it('prints usage and exits 2 on a wrong command', () => {
    const { code, stderr } = run('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('Usage:');
  });

  it('leaves a consistent database when killed in the middle of a large import', async () => {
    const folder = join(dir.path, 'big');
    writeCorpus(folder, 3000, 7);
    const child = spawn(process.execPath, [cli, 'import', folder, '--db', db], { stdio: 'ignore' });
    await waitFor(() => countArticles(db) >= 400);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const check = new DatabaseSync(db);
    expect(check.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    check.exec("INSERT INTO passages_fts (passages_fts) VALUES ('integrity-check')");
    const count = (check.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(count).toBeGreaterThanOrEqual(400);
    expect(count).toBeLessThan(3000);
    const broken = check
      .prepare(
        `SELECT count(*) AS n FROM articles a WHERE length(a.body) = 0
        OR NOT EXISTS (SELECT 1 FROM passages p WHERE p.article_id = a.id)`,
      )
      .get() as { n: number };
    expect(broken.n).toBe(0);
    check.close();
  }, 60_000);
});

function countArticles(path: string): number {
  try {
    const conn = new DatabaseSync(path, { readOnly: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
