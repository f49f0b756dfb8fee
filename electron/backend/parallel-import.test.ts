import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDefaultRegistry } from '../../shared/import/metadata/outlets.ts';
import { openDatabase } from './db/database.ts';
import { expandPaths, runImport } from './import-files.ts';
import { runImportParallel } from './parallel-import.ts';
import { writeCorpus } from '../../tests/support/generate-corpus.ts';
import { makeTempDir } from '../../tests/support/temp-dir.ts';

let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir();
  const folder = join(dir.path, 'in');
  writeCorpus(folder, 150, 11);
  writeFileSync(join(folder, 'empty.txt'), '');
  // The same article under another name: a duplicate to skip.
  writeFileSync(join(folder, 'zz-copy.txt'), readFileSync(join(folder, 'article-000003.txt')));
});
afterEach(() => dir.remove());

const summary = (r: Awaited<ReturnType<typeof runImportParallel>>) => ({
  imported: r.imported.map((a) => [a.file, a.id, a.title, a.bodyLines]),
  skipped: r.skipped,
  failed: r.failed,
});

describe('parallel import', () => {
  it('gives the same report as the one-thread import, bad files and all', async () => {
    const registry = loadDefaultRegistry();
    const { items } = expandPaths([join(dir.path, 'in')]);
    const one = runImport({
      db: openDatabase(join(dir.path, 'one.sqlite')),
      registry,
      items,
      now: () => new Date(0),
    });
    const two = await runImportParallel({
      db: openDatabase(join(dir.path, 'two.sqlite')),
      registry,
      items,
      now: () => new Date(0),
      chunkSize: 16,
    });
    expect(summary(two)).toEqual(summary(one));
    expect(two.failed.map((f) => f.file)).toContain('in/empty.txt');
    expect(two.skipped.map((s) => s.file)).toEqual(['in/zz-copy.txt']);
    expect(two.imported.length).toBeGreaterThan(140);
  });

  it('parses in this thread when the worker cannot start', async () => {
    const registry = loadDefaultRegistry();
    const { items } = expandPaths([join(dir.path, 'in')]);
    const report = await runImportParallel({
      db: openDatabase(join(dir.path, 'fallback.sqlite')),
      registry,
      items,
      now: () => new Date(0),
      parseWorkerUrl: new URL('file:///nonexistent/parse-worker.ts'),
    });
    expect(report.imported.length).toBeGreaterThan(140);
  });

  it('stops when cancelled and commits what it wrote', async () => {
    const db = openDatabase(join(dir.path, 'cancel.sqlite'));
    const { items } = expandPaths([join(dir.path, 'in')]);
    let seen = 0;
    const report = await runImportParallel({
      db,
      registry: loadDefaultRegistry(),
      items,
      now: () => new Date(0),
      onProgress: () => (seen += 1),
      isCancelled: () => seen >= 40,
    });
    expect(report.cancelled).toBe(true);
    const stored = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(stored).toBe(report.imported.length);
    expect(stored).toBeLessThan(60);
  });
});
