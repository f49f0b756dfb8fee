/**
 * CSV export and import of coded passages: one row per (annotation, code); an annotation without
 * codes (a note alone) gets one row with an empty code.
 *
 * Format: RFC 4180 — comma separated, CRLF line ends, a cell quoted with double quotes when it
 * holds a comma, a double quote, CR or LF (quotes inside doubled). Written with a UTF-8 byte order
 * mark by default so that spreadsheet programs read Cyrillic correctly; the reader ignores it.
 *
 * Formula-injection guard: spreadsheet programs run a cell that starts with =, +, -, @, a tab or a
 * carriage return as a formula. Such cells are written with a leading apostrophe ('), which
 * spreadsheets show as text. To keep the guard lossless a cell that already starts with
 * apostrophes followed by one of those characters gets one more; the reader removes exactly one
 * apostrophe from cells of that shape, so export → import gives the original text back.
 */
import type {
  ExportBundle,
  ImportedAnnotation,
  ImportProblem,
  ParsedImport,
} from './exchange-types.ts';

export const CSV_COLUMNS = [
  'annotation_id',
  'article_id',
  'article_title',
  'outlet',
  'published',
  'code',
  'quote',
  'note',
  'coder',
  'start',
  'end',
  'status',
  'created_at',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** Guards a cell against formula injection (see the module comment). */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes {@link guardCell}. */
export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

function quoteCell(value: string): string {
  const guarded = guardCell(value);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean;
}

/** The CSV text of `bundle`'s annotations. */
export function toCsv(bundle: ExportBundle, options: CsvOptions = {}): string {
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const codes = new Map(bundle.codes.map((c) => [c.id, c]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of bundle.annotations) {
    const article = articles.get(a.articleId);
    const codeNames =
      a.codeIds.length > 0 ? a.codeIds.map((id) => codes.get(id)?.name ?? id) : [''];
    for (const code of codeNames) {
      const row: Record<CsvColumn, string> = {
        annotation_id: a.id,
        article_id: a.articleId,
        article_title: article?.title ?? '',
        outlet: article?.outlet ?? '',
        published: article?.published ?? '',
        code,
        quote: a.quote.exact,
        note: a.note,
        coder: a.coder,
        // An orphan has no place in the current text (its offsets are into an older one).
        start: a.status === 'orphan' ? '' : String(a.start),
        end: a.status === 'orphan' ? '' : String(a.end),
        status: a.status,
        created_at: a.createdAt,
      };
      lines.push(CSV_COLUMNS.map((c) => quoteCell(row[c])).join(','));
    }
  }
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

/** RFC 4180 records (LF or CRLF line ends); a quote left open is reported, not guessed. */
export function parseCsvRecords(text: string): { records: CsvRecord[]; error: string | null } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let atCellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      atCellStart = true;
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (quoted) {
    return { records, error: `line ${recordLine}: a quoted cell is never closed` };
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return { records, error: null };
}

const REQUIRED: readonly CsvColumn[] = ['article_id', 'quote'];

/** The fields that must agree between rows of one annotation. */
const SAME_PER_ANNOTATION: readonly CsvColumn[] = [
  'article_id',
  'quote',
  'start',
  'end',
  'note',
  'coder',
];

/**
 * Reads a Parallax CSV back into annotations (rows grouped by annotation_id; a row without one is
 * an annotation of its own). Each bad row is reported by line and skipped; so is every row of an
 * annotation whose rows disagree.
 */
export function parseCsv(text: string): ParsedImport {
  const { records, error } = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  const problems: ImportProblem[] = [];
  if (error !== null) problems.push({ item: 'file', reason: error });
  const header = records[0];
  if (header === undefined) {
    return { items: [], problems: [...problems, { item: 'file', reason: 'the file is empty' }] };
  }
  const index = new Map<string, number>();
  header.cells.forEach((name, i) => index.set(name.trim().toLowerCase(), i));
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    problems.push({ item: 'file', reason: `missing column(s): ${missing.join(', ')}` });
    return { items: [], problems };
  }
  const get = (cells: string[], column: CsvColumn): string => {
    const i = index.get(column);
    return i === undefined ? '' : unguardCell(cells[i] ?? '');
  };

  interface Group {
    lines: number[];
    first: string[];
    codes: string[];
    bad: boolean;
  }
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  for (const record of records.slice(1)) {
    const item = `line ${record.line}`;
    if (record.cells.length !== header.cells.length) {
      problems.push({
        item,
        reason: `expected ${header.cells.length} cells, found ${record.cells.length}`,
      });
      continue;
    }
    const id = get(record.cells, 'annotation_id').trim();
    const existing = id === '' ? undefined : groups.get(id);
    if (existing === undefined) {
      const group: Group = { lines: [record.line], first: record.cells, codes: [], bad: false };
      if (id !== '') groups.set(id, group);
      order.push(group);
      const code = get(record.cells, 'code').trim();
      if (code !== '') group.codes.push(code);
      continue;
    }
    existing.lines.push(record.line);
    const differs = SAME_PER_ANNOTATION.find(
      (c) => get(record.cells, c) !== get(existing.first, c),
    );
    if (differs !== undefined) {
      existing.bad = true;
      problems.push({
        item,
        reason: `annotation ${id}: its ${differs} differs from line ${existing.lines[0]}`,
      });
      continue;
    }
    const code = get(record.cells, 'code').trim();
    if (code !== '' && !existing.codes.includes(code)) existing.codes.push(code);
  }

  const items: ImportedAnnotation[] = [];
  for (const group of order) {
    const item =
      group.lines.length === 1 ? `line ${group.lines[0]}` : `lines ${group.lines.join(', ')}`;
    if (group.bad) continue;
    const cells = group.first;
    const articleId = get(cells, 'article_id').trim();
    const exact = get(cells, 'quote');
    const note = get(cells, 'note');
    if (articleId === '') {
      problems.push({ item, reason: 'no article_id' });
      continue;
    }
    if (exact.trim() === '') {
      problems.push({ item, reason: 'no quote' });
      continue;
    }
    if (group.codes.length === 0 && note.trim() === '') {
      problems.push({ item, reason: 'neither a code nor a note' });
      continue;
    }
    const startText = get(cells, 'start').trim();
    const endText = get(cells, 'end').trim();
    let position: ImportedAnnotation['position'] = null;
    if (startText !== '' || endText !== '') {
      const start = /^\d+$/.test(startText) ? Number(startText) : Number.NaN;
      const end = /^\d+$/.test(endText) ? Number(endText) : Number.NaN;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) {
        problems.push({
          item,
          reason: `start and end must be whole numbers with start < end (got "${startText}", "${endText}")`,
        });
        continue;
      }
      position = { type: 'TextPositionSelector', start, end };
    }
    const sourceId = get(cells, 'annotation_id').trim();
    const coder = get(cells, 'coder').trim();
    const createdAt = get(cells, 'created_at').trim();
    items.push({
      item,
      sourceId: sourceId === '' ? null : sourceId,
      articleId,
      url: null,
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position,
      codes: group.codes.map((name) => ({ id: null, name })),
      note,
      coder: coder === '' ? null : coder,
      createdAt: createdAt === '' ? null : createdAt,
    });
  }
  return { items, problems };
}
