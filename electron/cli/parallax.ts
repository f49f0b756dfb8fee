/**
 * The `parallax` command line: scripted import and listing over the same backend code as the app.
 * Exit codes: 0 success, 1 some files failed, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import type { ArticleRecord, ImportReport } from '../../shared/api/schemas.ts';
import { loadDefaultRegistry } from '../../shared/import/metadata/outlets.ts';
import { createArticlesRepo } from '../backend/articles-repo.ts';
import { seedCorpus } from '../backend/backend.ts';
import { openDatabase, type Database } from '../backend/db/database.ts';
import { expandPaths, runImport } from '../backend/import-files.ts';
import { databaseFileName, defaultDataDir, repoCorpusDir } from '../backend/paths.ts';
import { formatTable } from './format.ts';

const usage = `Usage:
  parallax import <file-or-folder>... [--db <file>] [--json]
  parallax list [--db <file>] [--json]

Without --db, the desktop app's own library is used (${join(defaultDataDir(), databaseFileName)}).`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTty: boolean;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  isTty: Boolean(process.stderr.isTTY),
};

/** Opens the library: the given file, or the app's own (seeded like the app on first use). */
function openLibrary(dbOption: string | undefined): Database {
  if (dbOption) return openDatabase(resolve(dbOption));
  const db = openDatabase(join(defaultDataDir(), databaseFileName));
  seedCorpus(db, repoCorpusDir);
  return db;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const { db: dbOption, json } = parsed.values;
  if (parsed.values.help || !command) {
    io.out(usage);
    return command || parsed.values.help ? 0 : 2;
  }
  if (command === 'import') {
    if (rest.length === 0) {
      io.err(`import needs at least one file or folder\n\n${usage}`);
      return 2;
    }
    const db = openLibrary(dbOption);
    try {
      const report = importPaths(db, rest, io);
      io.out(json ? JSON.stringify(report, null, 2) : describeReport(report));
      return report.failed.length ? 1 : 0;
    } finally {
      db.close();
    }
  }
  if (command === 'list') {
    const db = openLibrary(dbOption);
    try {
      const items = listAll(db);
      io.out(json ? JSON.stringify(items, null, 2) : describeList(items));
      return 0;
    } finally {
      db.close();
    }
  }
  io.err(`unknown command "${command}"\n\n${usage}`);
  return 2;
}

function importPaths(db: Database, paths: string[], io: Io): ImportReport {
  const { items, failed } = expandPaths(paths.map((p) => resolve(p)));
  let lastDraw = 0;
  return runImport({
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
  });
}

function listAll(db: Database): ArticleRecord[] {
  const repo = createArticlesRepo(db);
  const items: ArticleRecord[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = repo.list({ sort: 'importedAt', direction: 'asc', offset, limit: 1000 });
    items.push(...page.items);
    if (page.items.length < 1000) return items;
  }
}

function describeList(items: ArticleRecord[]): string {
  if (items.length === 0)
    return 'The library is empty. Import files with: parallax import <file-or-folder>';
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
  for (const a of report.imported)
    lines.push(
      `  + ${a.file}: ${a.title} [${a.outlet ?? 'outlet unknown'}, ${a.language ?? '?'}, ${a.published ?? 'no date'}]`,
    );
  for (const s of report.skipped)
    lines.push(`  = ${s.file}: ${s.reason}${s.duplicateOf ? ` (${s.duplicateOf})` : ''}`);
  for (const f of report.failed) lines.push(`  ! ${f.file}: ${f.error}`);
  return lines.join('\n');
}
