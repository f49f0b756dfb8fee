/**
 * Export and import of annotations. An export is built in memory, then either written next to its
 * destination under a temporary name and renamed over it (a crash never leaves half a file), or
 * returned as base64 for a download. An import parses the whole file first, checks each item (its
 * article, its codes, its selectors against the article's current text), reports the bad ones and
 * writes all the good ones in one transaction.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AnnotationFilter } from '../../../shared/api/annotation-methods.ts';
import { ApiFailure } from '../../../shared/api/envelope.ts';
import {
  buildQdpx,
  parseCsv,
  parseW3C,
  planImport,
  toCsv,
  toW3C,
  type ExportBundle,
  type ParsedImport,
} from '../../../shared/annotations/index.ts';
import { transaction, type Database } from '../db/database.ts';
import { getCoder, listAnnotations } from './annotation-store.ts';
import { allCodes, defaultCodebookId } from './codebook-store.ts';

export type ExchangeFormat = 'w3c' | 'csv' | 'qdpx';

const formats: Record<ExchangeFormat, { extension: string; mimeType: string }> = {
  w3c: { extension: 'jsonld', mimeType: 'application/ld+json' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  qdpx: { extension: 'qdpx', mimeType: 'application/vnd.refi-qda+zip' },
};

export interface BuiltExport {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  count: number;
}

/** The export file of the annotations matching `filter`, in memory. */
export function buildExport(
  db: Database,
  format: ExchangeFormat,
  filter: AnnotationFilter,
): BuiltExport {
  const rows = listAnnotations(db, filter);
  const bundle = exportBundle(db, rows, format === 'qdpx');
  const now = new Date();
  const stamp = now.toISOString().slice(0, 10);
  const encoder = new TextEncoder();
  let bytes: Uint8Array;
  let count = rows.length;
  if (format === 'w3c') bytes = encoder.encode(`${JSON.stringify(toW3C(bundle), null, 2)}\n`);
  else if (format === 'csv') bytes = encoder.encode(toCsv(bundle));
  else {
    // A REFI-QDA selection needs a place in the text: orphans stay out of the project.
    const project = buildQdpx(bundle, {
      projectName: `Parallax annotations ${stamp}`,
      createdAt: now.toISOString(),
      origin: 'Parallax',
    });
    bytes = project.data;
    count -= project.skipped.length;
  }
  return {
    bytes,
    fileName: `parallax-annotations-${stamp}.${formats[format].extension}`,
    mimeType: formats[format].mimeType,
    count,
  };
}

/** The annotations with their articles and codes (the codes' parents too, for the hierarchy). */
function exportBundle(
  db: Database,
  rows: ReturnType<typeof listAnnotations>,
  withBodies: boolean,
): ExportBundle {
  const articleIds = [...new Set(rows.map((r) => r.articleId))];
  const byId = db.prepare(
    'SELECT id, title, outlet, published, url, body FROM articles WHERE id = ?',
  );
  const articles = articleIds
    .map(
      (id) =>
        byId.get(id) as
          | {
              id: string;
              title: string;
              outlet: string | null;
              published: string | null;
              url: string | null;
              body: string;
            }
          | undefined,
    )
    .filter((a) => a !== undefined)
    .map(({ body, ...a }) => (withBodies ? { ...a, body } : a));
  const all = new Map(allCodes(db).map((c) => [c.id, c]));
  const wanted = new Set<string>();
  for (const row of rows) {
    for (const codeId of row.codeIds) {
      for (let at: string | null = codeId; at !== null && !wanted.has(at);) {
        wanted.add(at);
        at = all.get(at)?.parentId ?? null;
      }
    }
  }
  const codes = [...wanted]
    .map((id) => all.get(id))
    .filter((c) => c !== undefined)
    .map((c) => ({
      id: c.id,
      name: c.name,
      parentId: c.parentId,
      description: c.description,
      color: c.color,
    }));
  return { annotations: rows, articles, codes };
}

/** Writes `bytes` to `path` through a temporary file in the same folder and a rename. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${randomBytes(6).toString('hex')}`);
  try {
    writeFileSync(temporary, bytes, { flush: true });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ApiFailure('invalid_input', `cannot write ${path}: ${reason}`);
  }
}

export function exportAnnotations(
  db: Database,
  input: { format: ExchangeFormat; filter: AnnotationFilter; path?: string | undefined },
): { fileName: string; mimeType: string; count: number; path?: string; contentBase64?: string } {
  const built = buildExport(db, input.format, input.filter);
  const { fileName, mimeType, count } = built;
  if (input.path) {
    writeAtomically(input.path, built.bytes);
    return { fileName: basename(input.path), mimeType, count, path: input.path };
  }
  return { fileName, mimeType, count, contentBase64: Buffer.from(built.bytes).toString('base64') };
}

export interface ImportReport {
  added: number;
  orphans: number;
  problems: { item: string; reason: string }[];
  /** Articles that got annotations (for the change event). */
  articleIds: string[];
}

function readInput(input: {
  path?: string | undefined;
  file?: { name: string; contentBase64: string } | undefined;
}): { name: string; text: string } {
  if (input.path) {
    try {
      return { name: basename(input.path), text: readFileSync(input.path, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message);
      throw new ApiFailure('invalid_input', `cannot read ${input.path}: ${why}`);
    }
  }
  if (input.file) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.file.contentBase64)) {
      throw new ApiFailure('invalid_input', `${input.file.name}: content is not valid base64`);
    }
    return {
      name: input.file.name,
      text: Buffer.from(input.file.contentBase64, 'base64').toString('utf8'),
    };
  }
  throw new ApiFailure('invalid_input', 'give a path or a file');
}

/** W3C JSON(-LD) when the content starts like JSON, else Parallax CSV. */
export function parseAnnotationFile(text: string): ParsedImport {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return parseW3C(text);
  if (head === '') return { items: [], problems: [{ item: 'file', reason: 'the file is empty' }] };
  // A zip archive (a .qdpx project, a .docx…) read as text starts with the zip signature.
  if (head.startsWith('PK\u0003\u0004')) {
    const reason =
      'this is a zip archive (a REFI-QDA .qdpx project?); import reads W3C Web Annotation JSON or Parallax CSV';
    return { items: [], problems: [{ item: 'file', reason }] };
  }
  return parseCsv(text);
}

/** Imports W3C Web Annotation JSON or Parallax CSV; bad items are reported, the rest written. */
export function importAnnotations(
  db: Database,
  input: {
    path?: string | undefined;
    file?: { name: string; contentBase64: string } | undefined;
  },
  now: Date,
): ImportReport {
  const { text } = readInput(input);
  const parsed = parseAnnotationFile(text);
  // Offered codes only, the default codebook's first when two codebooks share a name.
  const codes = allCodes(db)
    .filter((c) => !c.retired)
    .sort(
      (a, b) =>
        Number(b.codebookId === defaultCodebookId) - Number(a.codebookId === defaultCodebookId),
    );
  type ArticleRow = { id: string; body: string };
  const articleById = db.prepare('SELECT id, body FROM articles WHERE id = ?');
  const articleByUrl = db.prepare('SELECT id, body FROM articles WHERE url = ? LIMIT 2');
  const plan = planImport(parsed.items, {
    articleById: (id) => (articleById.get(id) as ArticleRow | undefined) ?? null,
    articleByUrl: (url) => {
      const rows = articleByUrl.all(url) as ArticleRow[];
      return rows.length === 1 ? (rows[0] ?? null) : null;
    },
    codes,
  });
  const sourceIds = new Map(parsed.items.map((it) => [it.item, it.sourceId]));
  const problems = [...parsed.problems, ...plan.problems];
  const exists = db.prepare('SELECT 1 FROM annotations WHERE id = ?');
  const seen = new Set<string>();
  const coder = getCoder(db);
  // An item without an id (a hand-made CSV, another tool's JSON) imported twice would code the
  // same words twice: one already there with the same place, coder, codes and note is skipped.
  const samePlace = db.prepare(
    `SELECT n.id, (SELECT json_group_array(code_id) FROM
       (SELECT code_id FROM annotation_codes WHERE annotation_id = n.id ORDER BY code_id)) AS codes
     FROM annotations n WHERE n.article_id = ? AND n.start = ? AND n.end = ? AND n.coder = ?
       AND n.note = ? AND n.status = 'anchored'`,
  );
  const seenPlaces = new Set<string>();
  const ready = plan.ready.filter((p) => {
    const id = sourceIds.get(p.item);
    if (!id) {
      if (p.status !== 'anchored') return true;
      const who = p.coder?.trim() || coder;
      const codes = JSON.stringify([...p.codeIds].sort());
      const key = JSON.stringify([p.articleId, p.start, p.end, who, p.note, codes]);
      const there = (
        samePlace.all(p.articleId, p.start, p.end, who, p.note) as { codes: string }[]
      ).some((row) => row.codes === codes);
      if (there || seenPlaces.has(key)) {
        problems.push({
          item: p.item,
          reason: `${who} already coded this passage with the same codes and note`,
        });
        return false;
      }
      seenPlaces.add(key);
      return true;
    }
    if (exists.get(id) || seen.has(id)) {
      problems.push({ item: p.item, reason: `annotation ${id} is already in the library` });
      return false;
    }
    seen.add(id);
    return true;
  });
  const versionOf = db.prepare('SELECT version FROM articles WHERE id = ?');

  transaction(db, () => {
    const insert = db.prepare(
      `INSERT INTO annotations (id, article_id, article_version, note, color, coder, start, end,
         exact, prefix, suffix, status, confidence, created_at, updated_at)
       VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertCode = db.prepare(
      'INSERT INTO annotation_codes (annotation_id, code_id, position) VALUES (?, ?, ?)',
    );
    const at = now.toISOString();
    for (const r of ready) {
      const id = sourceIds.get(r.item) || randomUUID();
      const { version } = versionOf.get(r.articleId) as { version: number };
      insert.run(
        id,
        r.articleId,
        version,
        r.note,
        r.coder?.trim() || coder,
        r.start,
        r.end,
        r.quote.exact,
        r.quote.prefix,
        r.quote.suffix,
        r.status,
        r.confidence,
        r.createdAt ?? at,
        at,
      );
      r.codeIds.forEach((codeId, i) => insertCode.run(id, codeId, i));
    }
  });
  // In file order: "file" first, then by the item's number ("annotation 3", "line 7").
  const place = (item: string) =>
    item === 'file' ? -1 : Number(/\d+/.exec(item)?.[0] ?? Infinity);
  return {
    added: ready.length,
    orphans: ready.filter((r) => r.status === 'orphan').length,
    problems: problems.sort((a, b) => place(a.item) - place(b.item)),
    articleIds: [...new Set(ready.map((r) => r.articleId))],
  };
}
