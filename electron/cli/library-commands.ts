/** `parallax import` and `parallax list`. */
import { resolve } from 'node:path';
import type { ArticleRecord, ImportReport } from '../../shared/api/schemas.ts';
import { loadDefaultRegistry } from '../../shared/import/metadata/outlets.ts';
import { createArticlesRepo } from '../backend/articles-repo.ts';
import type { Database } from '../backend/db/database.ts';
import { expandPaths, runImport } from '../backend/import-files.ts';
import { parallelThreshold, runImportParallel } from '../backend/parallel-import.ts';
import { drainSearchQueue } from '../backend/search/search-index.ts';
import type { Command, Io } from './command.ts';
import { formatTable } from './format.ts';

export const importCommand: Command = {
  usage: 'import <file-or-folder>... [--db <file>] [--json]',
  check: (args) => (args.length ? null : 'import needs at least one file or folder'),
  async run({ args, db, io, options }) {
    const report = await importPaths(db, args, io);
    // A scripted import is followed by scripted searches: index before returning.
    drainSearchQueue(db);
    io.out(options.json ? JSON.stringify(report, null, 2) : describeReport(report));
    return report.failed.length ? 1 : 0;
  },
};

export const listCommand: Command = {
  usage: 'list [--db <file>] [--json]',
  run({ db, io, options }) {
    const items = listAll(db);
    io.out(options.json ? JSON.stringify(items, null, 2) : describeList(items));
    return 0;
  },
};

function importPaths(db: Database, paths: string[], io: Io): Promise<ImportReport> {
  const { items, failed } = expandPaths(paths.map((p) => resolve(p)));
  let lastDraw = 0;
  const run = items.length >= parallelThreshold ? runImportParallel : runImport;
  return Promise.resolve(
    run({
      db,
      registry: loadDefaultRegistry(),
      items,
      failed,
      now: () => new Date(),
      onProgress: (done, total) => {
        if (!io.isTty || (Date.now() - lastDraw < 100 && done < total)) return;
        lastDraw = Date.now();
        process.stderr.write(`\rImporting ${done}/${total}…${done === total ? '\n' : ''}`);
      },
    }),
  );
}

export function listAll(db: Database): ArticleRecord[] {
  const repo = createArticlesRepo(db);
  const items: ArticleRecord[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = repo.list({ sort: 'importedAt', direction: 'asc', offset, limit: 1000 });
    items.push(...page.items);
    if (page.items.length < 1000) return items;
  }
}

function describeList(items: ArticleRecord[]): string {
  if (items.length === 0) {
    return 'The library is empty. Import files with: parallax import <file-or-folder>';
  }
  return formatTable(
    ['ID', 'Outlet', 'Lang', 'Published', 'Words', 'Title'],
    items.map((a) => [
      a.id,
      a.outlet ?? '—',
      a.language ?? '—',
      a.published ?? '—',
      String(a.wordCount),
      a.title,
    ]),
  );
}

function describeReport(report: ImportReport): string {
  const lines = [
    `Imported ${report.imported.length}, skipped ${report.skipped.length} duplicate(s), failed ${report.failed.length}${report.cancelled ? ' (cancelled)' : ''}.`,
  ];
  for (const a of report.imported) {
    lines.push(
      `  + ${a.file}: ${a.title} [${a.outlet ?? 'outlet unknown'}, ${a.language ?? '?'}, ${a.published ?? 'no date'}]`,
    );
  }
  for (const s of report.skipped) {
    lines.push(`  = ${s.file}: ${s.reason}${s.duplicateOf ? ` (${s.duplicateOf})` : ''}`);
  }
  for (const f of report.failed) lines.push(`  ! ${f.file}: ${f.error}`);
  return lines.join('\n');
}
