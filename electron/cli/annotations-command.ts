/**
 * `parallax annotations add|list|export|import`: scripted coding over the same store as the app.
 * A quote is found in the article's current clean body; codes are named (case-insensitive, in any
 * codebook). Exit codes: 0 done, 1 some imported items failed, 2 usage error.
 */
import { resolve } from 'node:path';
import type { AnnotationFilter, AnnotationRow } from '../../shared/api/annotation-methods.ts';
import { exportFormat } from '../../shared/api/annotation-methods.ts';
import { transaction, type Database } from '../backend/db/database.ts';
import { createAnnotation, listAnnotations } from '../backend/annotations/annotation-store.ts';
import { allCodes } from '../backend/annotations/codebook-store.ts';
import { seedCodebooks } from '../backend/annotations/default-codebook.ts';
import {
  buildExport,
  exportAnnotations,
  importAnnotations,
} from '../backend/annotations/exchange.ts';
import { UsageError, type Command, type CommandContext } from './command.ts';
import { formatTable } from './format.ts';

const usage = `annotations add --article <id> --quote "<exact text>" --code <name> [--code <name>...] [--note <text>] [--coder <name>] [--occurrence N] [--db <file>] [--json]
  parallax annotations list [--article <id>] [--code <name>] [--coder <name>] [--db <file>] [--json]
  parallax annotations export --format w3c|csv|qdpx [--out <file>] [--article <id>] [--code <name>] [--coder <name>] [--db <file>]
  parallax annotations import <file> [--db <file>] [--json]`;

/** What the CLI prints for one annotation. */
export interface CliAnnotation {
  id: string;
  article: string;
  codes: string[];
  quote: string;
  note: string;
  coder: string;
  start: number;
  end: number;
  status: 'anchored' | 'orphan';
}

function toCli(row: AnnotationRow, codeNames: Map<string, string>): CliAnnotation {
  return {
    id: row.id,
    article: row.articleId,
    codes: row.codeIds.map((id) => codeNames.get(id) ?? id),
    quote: row.quote.exact,
    note: row.note,
    coder: row.coder,
    start: row.start,
    end: row.end,
    status: row.status,
  };
}

/** Characters a quote typed in a terminal stands for: any space, any apostrophe, any quote mark. */
const looseClasses: Record<string, string> = {
  "'": "['\u2018\u2019\u02bc]",
  '\u2019': "['\u2018\u2019\u02bc]",
  '"': '["\u201c\u201d\u201e\u00ab\u00bb]',
};

/**
 * Every place `quote` occurs in `body` (overlapping ones included), as body offsets. An exact match
 * wins; failing that, a run of spaces in the quote matches any run of white space in the body (a
 * no-break space, a line break) and straight quote marks match typographic ones, since a quote
 * typed in a terminal cannot tell them apart.
 */
export function occurrencesOf(body: string, quote: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = body.indexOf(quote); at !== -1; at = body.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length });
  }
  const trimmed = quote.trim();
  if (found.length > 0 || trimmed === '') return found;
  const pattern = Array.from(trimmed.split(/\s+/u), (word) =>
    Array.from(
      word,
      (char) => looseClasses[char] ?? char.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'),
    ).join(''),
  ).join('\\s+');
  const regex = new RegExp(pattern, 'gu');
  for (let match = regex.exec(body); match; match = regex.exec(body)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    regex.lastIndex = match.index + 1;
  }
  return found;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The code named `name` (case-insensitive; "Codebook/Code" picks one codebook's). Retired codes
 * are found only with `retiredToo` (to filter by them; they are not applied any more).
 */
export function findCode(db: Database, name: string, retiredToo = false): string {
  const codes = allCodes(db);
  const wanted = name.trim().toLocaleLowerCase();
  const slash = wanted.indexOf('/');
  const matches = codes.filter(
    (c) =>
      c.name.toLocaleLowerCase() === wanted ||
      (slash > 0 &&
        c.codebookName.toLocaleLowerCase() === wanted.slice(0, slash).trim() &&
        c.name.toLocaleLowerCase() === wanted.slice(slash + 1).trim()),
  );
  const offered = retiredToo ? matches : matches.filter((c) => !c.retired);
  if (offered.length === 1 && offered[0]) return offered[0].id;
  if (offered.length > 1) {
    throw new UsageError(
      `"${name}" names a code in ${offered.length} codebooks; say which: ${offered
        .map((c) => `"${c.codebookName}/${c.name}"`)
        .join(', ')}`,
    );
  }
  if (matches.length > 0) throw new UsageError(`the code "${name}" is retired`);
  const close = codes
    .filter((c) => !c.retired)
    .map((c) => {
      const lower = c.name.toLocaleLowerCase();
      const d = lower.includes(wanted) || wanted.includes(lower) ? 0 : distance(wanted, lower);
      return { name: c.name, d };
    })
    .filter((c) => c.d <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 5)
    .map((c) => `"${c.name}"`);
  throw new UsageError(
    `no code named "${name}"${close.length ? `; did you mean ${close.join(', ')}?` : ''}`,
  );
}

function add({ db, io, options }: CommandContext): number {
  const { article, quote } = options;
  if (!article) throw new UsageError('annotations add needs --article <id>');
  if (!quote) throw new UsageError('annotations add needs --quote "<exact text>"');
  if (!options.code?.length && !options.note?.trim()) {
    throw new UsageError('annotations add needs --code <name> (or a --note)');
  }
  const row = db.prepare('SELECT body FROM articles WHERE id = ?').get(article) as
    { body: string } | undefined;
  if (!row) throw new UsageError(`no article with id "${article}"`);
  const found = occurrencesOf(row.body, quote);
  if (found.length === 0) {
    throw new UsageError(`the quote does not occur in the text of article "${article}"`);
  }
  let { start, end } = found[0] ?? { start: 0, end: 0 };
  if (options.occurrence !== undefined) {
    const n = Number(options.occurrence);
    if (!Number.isInteger(n) || n < 1 || n > found.length) {
      throw new UsageError(
        `--occurrence must be a whole number from 1 to ${found.length}, got "${options.occurrence}"`,
      );
    }
    ({ start, end } = found[n - 1] ?? { start, end });
  } else if (found.length > 1) {
    throw new UsageError(
      `the quote occurs ${found.length} times in article "${article}"; pick one with --occurrence 1..${found.length}, or quote more words`,
    );
  }
  const codeIds = (options.code ?? []).map((name) => findCode(db, name));
  const created = transaction(db, () =>
    createAnnotation(
      db,
      {
        articleId: article,
        start,
        end,
        codeIds,
        note: options.note ?? '',
        color: null,
        ...(options.coder?.trim() ? { coder: options.coder.trim() } : {}),
      },
      new Date(),
    ),
  );
  const [listed] = listAnnotations(db, { articleIds: [article] }).filter(
    (a) => a.id === created.id,
  );
  const names = new Map(allCodes(db).map((c) => [c.id, c.name]));
  const cli = listed ? toCli(listed, names) : null;
  if (options.json) io.out(JSON.stringify(cli, null, 2));
  else io.out(`Added ${created.id} at ${start}–${end} in ${article}.`);
  return 0;
}

/** The filter that --article, --code and --coder make (list and export). */
function filterOf(db: Database, options: CommandContext['options']): AnnotationFilter {
  return {
    ...(options.article ? { articleIds: [options.article] } : {}),
    ...(options.code?.length
      ? { codeIds: options.code.map((name) => findCode(db, name, true)) }
      : {}),
    ...(options.coder?.trim() ? { coders: [options.coder.trim()] } : {}),
  };
}

function list({ db, io, options }: CommandContext): number {
  const names = new Map(allCodes(db).map((c) => [c.id, c.name]));
  const rows = listAnnotations(db, filterOf(db, options)).map((row) => toCli(row, names));
  if (options.json) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (rows.length === 0) {
    io.out('No annotations.');
    return 0;
  }
  io.out(
    formatTable(
      ['ID', 'ARTICLE', 'CODER', 'STATUS', 'CODES', 'QUOTE'],
      rows.map((r) => [
        r.id.slice(0, 8),
        r.article,
        r.coder,
        r.status,
        r.codes.join(', ') || '—',
        JSON.stringify(r.quote),
      ]),
    ),
  );
  return 0;
}

function exportCommand({ db, io, options }: CommandContext): number {
  const parsed = exportFormat.safeParse(options.format);
  if (!parsed.success) {
    throw new UsageError(`--format must be w3c, csv or qdpx, got "${options.format ?? ''}"`);
  }
  const format = parsed.data;
  if (options.out) {
    const result = exportAnnotations(db, {
      format,
      filter: filterOf(db, options),
      path: resolve(options.out),
    });
    io.err(
      `Exported ${result.count} ${result.count === 1 ? 'annotation' : 'annotations'} to ${result.path ?? options.out}.`,
    );
    return 0;
  }
  if (format === 'qdpx') throw new UsageError('a .qdpx project is a file: give --out <file>');
  const built = buildExport(db, format, filterOf(db, options));
  io.out(new TextDecoder().decode(built.bytes).replace(/\n$/, ''));
  return 0;
}

function importCommand({ args, db, io, options }: CommandContext): number {
  const file = args[1];
  if (!file) throw new UsageError('annotations import needs a file');
  const report = importAnnotations(db, { path: resolve(file) }, new Date());
  const { added, orphans, problems } = report;
  if (options.json) io.out(JSON.stringify({ added, orphans, problems }, null, 2));
  else {
    io.out(
      `Added ${added} ${added === 1 ? 'annotation' : 'annotations'} (${orphans} ${orphans === 1 ? 'orphan' : 'orphans'} to review).`,
    );
    for (const p of problems) io.out(`  ${p.item}: ${p.reason}`);
  }
  return problems.length > 0 ? 1 : 0;
}

export const annotationsCommand: Command = {
  usage,
  check: (args) => {
    const verb = args[0];
    if (!verb) return 'annotations needs an action: add, list, export or import';
    if (!['add', 'list', 'export', 'import'].includes(verb)) {
      return `unknown annotations action "${verb}"; use add, list, export or import`;
    }
    return null;
  },
  run(ctx) {
    seedCodebooks(ctx.db);
    const verb = ctx.args[0];
    if (verb === 'add') return add(ctx);
    if (verb === 'list') return list(ctx);
    if (verb === 'export') return exportCommand(ctx);
    return importCommand(ctx);
  },
};
