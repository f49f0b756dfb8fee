import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../support/temp-dir.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin', 'parallax.mjs');
const corpus = join(root, 'corpus');

let dir: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_DATA_DIR: join(dir.path, 'app') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface CliAnnotation {
  id: string;
  article: string;
  codes: string[];
  quote: string;
  note: string;
  coder: string;
  start: number;
  end: number;
  status: string;
}

/** A library with the sample corpus and a codebook of the user's own. */
function library(name: string): string {
  const db = join(dir.path, `${name}.sqlite`);
  expect(run('import', corpus, '--db', db).code).toBe(0);
  const sql = new DatabaseSync(db);
  sql
    .prepare(
      "INSERT INTO codebooks (id, name, description, built_in, created_at) VALUES ('mine', 'Mine', '', 0, '2026-01-01')",
    )
    .run();
  sql
    .prepare(
      "INSERT INTO codes (id, codebook_id, name, color) VALUES ('c-loaded', 'mine', 'Loaded wording', '#aa0000')",
    )
    .run();
  sql.close();
  return db;
}

function articleId(db: string, title: string): string {
  const { stdout } = run('list', '--db', db, '--json');
  const items = JSON.parse(stdout) as { id: string; title: string }[];
  const found = items.find((a) => a.title === title);
  if (!found) throw new Error(`no article "${title}"`);
  return found.id;
}

const title = 'Russia, NATO military chiefs agree to continue contact';

describe('parallax annotations', () => {
  it('adds, lists, exports CSV and imports it into a fresh library', () => {
    const db = library('a');
    const id = articleId(db, title);
    const added = run(
      'annotations',
      'add',
      '--article',
      id,
      '--quote',
      'a clear mutual interest',
      '--code',
      'loaded WORDING',
      '--note',
      'NATO\'s own framing, "quoted"',
      '--coder',
      'Anna',
      '--db',
      db,
      '--json',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const one = JSON.parse(added.stdout) as CliAnnotation;
    expect(one).toMatchObject({
      article: id,
      codes: ['Loaded wording'],
      quote: 'a clear mutual interest',
      note: 'NATO\'s own framing, "quoted"',
      coder: 'Anna',
      status: 'anchored',
    });
    expect(one.end - one.start).toBe('a clear mutual interest'.length);

    // A quote found several times needs --occurrence.
    const twice = run(
      'annotations',
      'add',
      '--article',
      id,
      '--quote',
      'Gerasimov',
      '--code',
      'Loaded wording',
      '--db',
      db,
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/occurs \d+ times.*--occurrence/);
    const second = run(
      'annotations',
      'add',
      '--article',
      id,
      '--quote',
      'Gerasimov',
      '--occurrence',
      '2',
      '--code',
      'Loaded wording',
      '--db',
      db,
      '--json',
    );
    expect(second.code).toBe(0);
    const two = JSON.parse(second.stdout) as CliAnnotation;
    expect(two.coder).toBe('me');

    const unknown = run(
      'annotations',
      'add',
      '--article',
      id,
      '--quote',
      'Baku',
      '--code',
      'Loaded wordin',
      '--db',
      db,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no code named "Loaded wordin"; did you mean "Loaded wording"/);
    const missing = run(
      'annotations',
      'add',
      '--article',
      id,
      '--quote',
      'not in the text at all',
      '--code',
      'Loaded wording',
      '--db',
      db,
    );
    expect(missing.code).toBe(2);

    const listed = JSON.parse(
      run('annotations', 'list', '--db', db, '--json').stdout,
    ) as CliAnnotation[];
    expect(listed.map((a) => a.id).sort()).toEqual([one.id, two.id].sort());
    expect(listed.find((a) => a.id === two.id)).toMatchObject({ quote: 'Gerasimov' });
    expect(run('annotations', 'list', '--db', db).stdout).toContain('"a clear mutual interest"');

    const csv = run('annotations', 'export', '--format', 'csv', '--db', db);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('a clear mutual interest');
    const file = join(dir.path, 'out', '..', 'coded.csv');
    const written = run('annotations', 'export', '--format', 'csv', '--out', file, '--db', db);
    expect(written.code).toBe(0);
    expect(
      readFileSync(file, 'utf8')
        .replace(/^\ufeff/, '')
        .trim(),
    ).toBe(csv.stdout.replace(/^\ufeff/, '').trim());
    expect(readdirSync(dir.path).filter((f) => f.includes('.tmp-'))).toEqual([]);

    const fresh = library('b');
    const imported = run('annotations', 'import', file, '--db', fresh);
    expect(imported.stdout).toMatch(/Added 2 annotations \(0 orphans/);
    expect(imported.code).toBe(0);
    const copied = JSON.parse(
      run('annotations', 'list', '--db', fresh, '--json').stdout,
    ) as CliAnnotation[];
    expect(copied.sort((a, b) => a.start - b.start)).toEqual(
      listed.sort((a, b) => a.start - b.start),
    );

    // The same file again: every item is reported, nothing is doubled.
    const again = run('annotations', 'import', file, '--db', fresh);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/Added 0 annotations/);
    expect(again.stdout).toMatch(/already in the library/);
  }, 90_000);

  it('reports a malformed JSON file and changes nothing', () => {
    const db = library('c');
    const id = articleId(db, title);
    run(
      'annotations',
      'add',
      '--article',
      id,
      '--quote',
      'Baku',
      '--code',
      'Loaded wording',
      '--db',
      db,
    );
    const before = run('annotations', 'list', '--db', db, '--json').stdout;
    const bad = join(dir.path, 'bad.json');
    writeFileSync(bad, '{"type": "AnnotationCollection", "first": {"items": [');
    const result = run('annotations', 'import', bad, '--db', db);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Added 0 annotations/);
    expect(result.stdout).toMatch(/file: not valid JSON/);
    expect(run('annotations', 'list', '--db', db, '--json').stdout).toBe(before);
  }, 60_000);

  it('exports W3C JSON that imports back, and refuses qdpx to stdout', () => {
    const db = library('d');
    const id = articleId(db, title);
    run(
      'annotations',
      'add',
      '--article',
      id,
      '--quote',
      'Baku',
      '--code',
      'Loaded wording',
      '--db',
      db,
    );
    // Codes of the shipped codebook are there from the first use.
    const framed = run(
      'annotations',
      'add',
      '--article',
      id,
      '--quote',
      'the capital of Azerbaijan',
      '--code',
      'economic',
      '--code',
      'Loaded language',
      '--db',
      db,
      '--json',
    );
    expect(framed.code).toBe(0);
    expect((JSON.parse(framed.stdout) as CliAnnotation).codes).toEqual([
      'Economic',
      'Loaded language',
    ]);
    const byCode = (...filter: string[]) =>
      (
        JSON.parse(
          run('annotations', 'list', ...filter, '--db', db, '--json').stdout,
        ) as CliAnnotation[]
      ).map((a) => a.quote);
    expect(byCode('--code', 'ECONOMIC')).toEqual(['the capital of Azerbaijan']);
    expect(byCode('--coder', 'nobody')).toEqual([]);
    expect(byCode('--article', id)).toHaveLength(2);
    const w3c = run('annotations', 'export', '--format', 'w3c', '--db', db);
    expect(w3c.code).toBe(0);
    const doc = JSON.parse(w3c.stdout) as Record<string, unknown>;
    expect(JSON.stringify(doc)).toContain('"TextQuoteSelector"');
    expect(run('annotations', 'export', '--format', 'qdpx', '--db', db).code).toBe(2);
    expect(run('annotations', 'export', '--format', 'pdf', '--db', db).code).toBe(2);

    const file = join(dir.path, 'coded.jsonld');
    writeFileSync(file, w3c.stdout);
    const fresh = library('e');
    const imported = run('annotations', 'import', file, '--db', fresh, '--json');
    expect(JSON.parse(imported.stdout)).toEqual({ added: 2, orphans: 0, problems: [] });
    const project = join(dir.path, 'coded.qdpx');
    expect(
      run('annotations', 'export', '--format', 'qdpx', '--out', project, '--db', db).code,
    ).toBe(0);
    expect(readFileSync(project).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(existsSync(file)).toBe(true);
  }, 60_000);
});
