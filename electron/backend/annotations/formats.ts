/**
 * The file formats of annotation exchange, seen from the backend: one item per coded passage,
 * built into a file and parsed back. W3C Web Annotation JSON and Parallax CSV are detected by
 * content on import.
 */
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../shared/annotations/selectors.ts';
import { ApiFailure } from '../../../shared/api/envelope.ts';

export type ExchangeFormat = 'w3c' | 'csv' | 'qdpx';

/** One coded passage as it travels between libraries and tools. */
export interface ExchangeItem {
  id: string | null;
  articleId: string | null;
  articleUrl: string | null;
  articleTitle?: string;
  outlet?: string | null;
  published?: string | null;
  /** Code names, in the coder's order. */
  codes: string[];
  quote: TextQuoteSelector;
  position: TextPositionSelector | null;
  note: string;
  coder: string | null;
  color: string | null;
  status?: 'anchored' | 'orphan';
  createdAt?: string;
  updatedAt?: string;
}

/** What some formats need besides the items (qdpx carries the texts and the codebook). */
export interface ExportContext {
  articles: Map<string, { url: string | null; body: string; title: string }>;
  codes: {
    id: string;
    name: string;
    description: string;
    color: string;
    parentId: string | null;
    codebook: string;
  }[];
}

interface FormatFile {
  extension: string;
  mimeType: string;
  build: (items: ExchangeItem[], context: ExportContext) => Uint8Array;
}

const encoder = new TextEncoder();
const articleUrn = 'urn:parallax:article:';

// ---- W3C Web Annotation JSON-LD ----------------------------------------------------------------

function toW3cAnnotation(item: ExchangeItem): Record<string, unknown> {
  const body: Record<string, unknown>[] = item.codes.map((name) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: name,
  }));
  if (item.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: item.note });
  const selector: Record<string, unknown>[] = [{ ...item.quote }];
  if (item.position) selector.push({ ...item.position });
  return {
    id: item.id ? `urn:uuid:${item.id}` : undefined,
    type: 'Annotation',
    motivation: item.codes.length > 0 ? 'classifying' : 'commenting',
    created: item.createdAt,
    modified: item.updatedAt,
    creator: item.coder ? { type: 'Person', name: item.coder } : undefined,
    body,
    target: {
      source: item.articleUrl ?? `${articleUrn}${item.articleId ?? ''}`,
      ...(item.articleUrl && item.articleId ? { scope: `${articleUrn}${item.articleId}` } : {}),
      selector,
    },
  };
}

function buildW3c(items: ExchangeItem[]): Uint8Array {
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Parallax annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: items.map(toW3cAnnotation) },
  };
  return encoder.encode(`${JSON.stringify(collection, null, 2)}\n`);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function annotationsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return [];
  if (doc.type === 'AnnotationCollection') {
    const first = doc.first;
    return isObject(first) ? asArray(first.items) : asArray(doc.items);
  }
  if (doc.type === 'AnnotationPage') return asArray(doc.items);
  return [doc];
}

function fromW3c(value: unknown): ExchangeItem | string {
  if (!isObject(value) || value.type !== 'Annotation') return 'not a W3C Annotation';
  const target = asArray(value.target)[0];
  if (!isObject(target)) return 'no target';
  const selectors = asArray(target.selector).filter(isObject);
  const q = selectors.find((s) => s.type === 'TextQuoteSelector');
  const p = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!q || !str(q.exact)) return 'no TextQuoteSelector with an exact quote';
  const source = str(target.source) ?? '';
  const scope = str(target.scope) ?? '';
  const articleId = source.startsWith(articleUrn)
    ? source.slice(articleUrn.length)
    : scope.startsWith(articleUrn)
      ? scope.slice(articleUrn.length)
      : null;
  const bodies = asArray(value.body).filter(isObject);
  const codes = bodies
    .filter((b) => b.purpose === 'tagging' || b.purpose === 'classifying')
    .map((b) => str(b.value))
    .filter((v): v is string => v !== null);
  const note = bodies
    .filter((b) => b.purpose === 'commenting' || b.purpose === undefined)
    .map((b) => str(b.value))
    .filter((v): v is string => v !== null)
    .join('\n\n');
  const start = p ? Number(p.start) : NaN;
  const end = p ? Number(p.end) : NaN;
  const id = str(value.id);
  const creator = isObject(value.creator) ? str(value.creator.name) : str(value.creator);
  return {
    id: id ? id.replace(/^urn:uuid:/, '') : null,
    articleId,
    articleUrl: source && !source.startsWith(articleUrn) ? source : null,
    codes,
    quote: {
      type: 'TextQuoteSelector',
      exact: str(q.exact) ?? '',
      prefix: str(q.prefix) ?? '',
      suffix: str(q.suffix) ?? '',
    },
    position:
      Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start
        ? { type: 'TextPositionSelector', start, end }
        : null,
    note,
    coder: creator,
    color: null,
    ...(str(value.created) ? { createdAt: str(value.created) ?? '' } : {}),
    ...(str(value.modified) ? { updatedAt: str(value.modified) ?? '' } : {}),
  };
}

// ---- Parallax CSV ------------------------------------------------------------------------------

const csvColumns = [
  'id',
  'article_id',
  'article_url',
  'article_title',
  'outlet',
  'published',
  'codes',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'note',
  'coder',
  'status',
  'color',
  'created_at',
  'updated_at',
] as const;

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function buildCsv(items: ExchangeItem[]): Uint8Array {
  const lines = [csvColumns.join(',')];
  for (const item of items) {
    const row: Record<(typeof csvColumns)[number], string> = {
      id: item.id ?? '',
      article_id: item.articleId ?? '',
      article_url: item.articleUrl ?? '',
      article_title: item.articleTitle ?? '',
      outlet: item.outlet ?? '',
      published: item.published ?? '',
      codes: item.codes.join('; '),
      quote: item.quote.exact,
      prefix: item.quote.prefix,
      suffix: item.quote.suffix,
      start: item.position ? String(item.position.start) : '',
      end: item.position ? String(item.position.end) : '',
      note: item.note,
      coder: item.coder ?? '',
      status: item.status ?? '',
      color: item.color ?? '',
      created_at: item.createdAt ?? '',
      updated_at: item.updatedAt ?? '',
    };
    lines.push(csvColumns.map((c) => csvCell(row[c])).join(','));
  }
  return encoder.encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

/** RFC 4180 records; throws on an unclosed quote. */
function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

const unformula = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

function parseCsv(text: string): ParsedFile {
  const [header, ...rows] = parseCsvRecords(text);
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  for (const needed of ['quote', 'codes']) {
    if (!columns.includes(needed)) {
      return {
        items: [],
        problems: [{ item: 'file', reason: `the CSV has no "${needed}" column`, order: -1 }],
      };
    }
  }
  const items: ParsedFile['items'] = [];
  const problems: ParsedFile['problems'] = [];
  rows.forEach((cells, i) => {
    const get = (name: string) => unformula(cells[columns.indexOf(name)] ?? '');
    const label = `row ${i + 2}`;
    const exact = get('quote');
    if (!exact) {
      problems.push({ item: label, reason: 'the quote is empty', order: i });
      return;
    }
    const start = Number(get('start'));
    const end = Number(get('end'));
    items.push({
      label,
      order: i,
      item: {
        id: get('id') || null,
        articleId: get('article_id') || null,
        articleUrl: get('article_url') || null,
        codes: get('codes')
          .split(';')
          .map((c) => c.trim())
          .filter((c) => c !== ''),
        quote: { type: 'TextQuoteSelector', exact, prefix: get('prefix'), suffix: get('suffix') },
        position:
          get('start') !== '' && Number.isInteger(start) && Number.isInteger(end) && end > start
            ? { type: 'TextPositionSelector', start, end }
            : null,
        note: get('note'),
        coder: get('coder') || null,
        color: /^#[0-9a-f]{6}$/i.test(get('color')) ? get('color').toLowerCase() : null,
        ...(get('created_at') ? { createdAt: get('created_at') } : {}),
        ...(get('updated_at') ? { updatedAt: get('updated_at') } : {}),
      },
    });
  });
  return { items, problems };
}

// ---- Detection ---------------------------------------------------------------------------------

/** Items and problems carry their place in the file (`order`), so a report can follow it. */
export interface ParsedFile {
  items: { label: string; order: number; item: ExchangeItem }[];
  problems: { item: string; reason: string; order: number }[];
}

/** Parses a W3C JSON(-LD) or Parallax CSV file; a file it cannot read is one problem. */
export function parseExchangeFile(content: string): ParsedFile {
  const text = content.replace(/^\ufeff/, '');
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      return {
        items: [],
        problems: [
          { item: 'file', reason: `not valid JSON: ${(error as Error).message}`, order: -1 },
        ],
      };
    }
    const items: ParsedFile['items'] = [];
    const problems: ParsedFile['problems'] = [];
    const list = annotationsOf(doc);
    if (list.length === 0) {
      problems.push({ item: 'file', reason: 'no W3C annotations in it', order: -1 });
    }
    list.forEach((value, i) => {
      const id = isObject(value) ? str(value.id) : null;
      const label = `item ${i}${id ? ` (${id})` : ''}`;
      const item = fromW3c(value);
      if (typeof item === 'string') problems.push({ item: label, reason: item, order: i });
      else items.push({ label, order: i, item });
    });
    return { items, problems };
  }
  if (/^[^\n]*\bquote\b/i.test(head)) {
    try {
      return parseCsv(text);
    } catch (error) {
      return {
        items: [],
        problems: [
          { item: 'file', reason: `not valid CSV: ${(error as Error).message}`, order: -1 },
        ],
      };
    }
  }
  return {
    items: [],
    problems: [
      {
        item: 'file',
        reason: 'neither W3C annotation JSON nor Parallax annotation CSV',
        order: -1,
      },
    ],
  };
}

export const formatFiles: Record<ExchangeFormat, FormatFile> = {
  w3c: { extension: 'jsonld', mimeType: 'application/ld+json', build: buildW3c },
  csv: { extension: 'csv', mimeType: 'text/csv', build: buildCsv },
  qdpx: {
    extension: 'qdpx',
    mimeType: 'application/zip',
    build: () => {
      throw new ApiFailure('unsupported', 'REFI-QDA export is not available yet');
    },
  },
};
