/**
 * REFI-QDA Project export (.qdpx), so that coding can continue in MAXQDA, ATLAS.ti, NVivo or
 * QualCoder.
 *
 * A .qdpx is a zip holding `project.qde` (XML in the namespace urn:QDA-XML:project:1.0, the
 * REFI-QDA Project schema of 2019) and the sources' plain texts under `Sources/`. What we write:
 *
 *   Project name= origin= creationDateTime=
 *     Users / User guid= name=                      one per coder
 *     CodeBook / Codes / Code guid= name= isCodable="true" color=   nested like our codes,
 *       Description                                                  with the code's description
 *     Sources / TextSource guid= name= plainTextPath="internal://<guid>.txt" creationDateTime=
 *       Description                                  outlet, date and web address
 *       PlainTextSelection guid= name= startPosition= endPosition= creatingUser= creationDateTime=
 *         Description                                the annotation's note
 *         Coding guid= creatingUser= creationDateTime= / CodeRef targetGUID=
 *
 * in the element order the schema's sequences require. GUIDs are in the 8-4-4-4-12 hex form the
 * schema's GUIDType demands, derived from our ids (UUID version 8, "custom") so that exporting the
 * same library twice gives the same GUIDs and QDA programs can merge rather than duplicate.
 *
 * Positions: the schema types startPosition/endPosition as xsd:integer and does not name the unit.
 * We count Unicode code points from 0 in the exported .txt, end exclusive (the unit of Python's
 * string indices). For text without characters beyond
 * the Basic Multilingual Plane (Latin, Cyrillic, CJK…) this equals our UTF-16 offsets; the choice
 * only shows with emoji and other astral characters, each of which counts as one position.
 *
 * Orphan annotations are left out (their place in the text is not known); they are listed in the
 * result so the caller can say so.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportAnnotation, ExportArticle, ExportBundle } from './exchange-types.ts';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface QdpxOptions {
  /** The project's name as the QDA program shows it. */
  projectName: string;
  /** When the export was made (ISO date-time); also the zip entries' time. */
  createdAt: string;
  /** Written as the project's `origin`. */
  origin?: string;
}

export interface QdpxResult {
  /** The .qdpx file. */
  data: Uint8Array;
  /** The project.qde XML (also inside `data`). */
  xml: string;
  /** Annotations not exported, with why. */
  skipped: { annotationId: string; reason: string }[];
}

/** Four 32-bit FNV-1a style hashes with different seeds, mixed: 128 stable bits for a GUID. */
function hash128(text: string): number[] {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return seeds.map((seed, k) => {
    let h = seed ^ (k * 0x27d4eb2d);
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    // Murmur3's finaliser spreads the bits.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  });
}

/** A stable GUID (8-4-4-4-12, UUID version 8) for a kind of thing and its id. */
export function guidFor(kind: string, id: string): string {
  const words = hash128(`parallax:${kind}:${id}`);
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const version = '8' + hex.slice(13, 16);
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

/** Whether a UTF-16 unit may appear in XML 1.0: not C0 controls other than tab, LF, CR; not U+FFFE/FFFF. */
function xmlAllowed(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** Drops the characters XML 1.0 cannot carry at all. */
function xmlSafe(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (!xmlAllowed(value.charCodeAt(i))) {
      out += value.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? value : out + value.slice(from);
}

function escapeText(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attrs(pairs: [string, string | number | null | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== null && p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

const RGB = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** xsd:dateTime needs a full date and time; anything else is left out rather than written bad. */
function dateTime(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value)
    ? value
    : null;
}

/** Code point offset of every UTF-16 offset into `text` (index = UTF-16 offset). */
function codePointOffsets(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i += 1) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const pairStart = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (pairStart) {
      map[i + 1] = cp; // inside the pair: same character
      i += 1;
    }
    cp += 1;
  }
  map[text.length] = cp;
  return map;
}

function sourceDescription(article: ExportArticle): string {
  return [article.outlet, article.published, article.url]
    .filter((s): s is string => s !== null && s !== '')
    .join(' · ');
}

function selectionName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 59)}…`;
}

/** Builds project.qde and the source texts; see the module comment. */
export function buildQdpx(bundle: ExportBundle, options: QdpxOptions): QdpxResult {
  const created = dateTime(options.createdAt);
  const skipped: QdpxResult['skipped'] = [];
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const codeIds = new Set(bundle.codes.map((c) => c.id));

  // Which annotations go in: anchored, on an article with a body, offsets inside it.
  const byArticle = new Map<string, ExportAnnotation[]>();
  for (const a of bundle.annotations) {
    const article = articles.get(a.articleId);
    if (a.status !== 'anchored') {
      skipped.push({ annotationId: a.id, reason: 'orphan: its place in the text is not known' });
    } else if (article?.body === undefined) {
      skipped.push({ annotationId: a.id, reason: 'its article’s text was not supplied' });
    } else if (a.start < 0 || a.end > article.body.length || a.end <= a.start) {
      skipped.push({ annotationId: a.id, reason: 'its offsets are outside the article’s text' });
    } else {
      const list = byArticle.get(a.articleId) ?? [];
      list.push(a);
      byArticle.set(a.articleId, list);
    }
  }

  const coders = [...new Set([...byArticle.values()].flat().map((a) => a.coder))].sort();
  const userGuid = (coder: string) => guidFor('user', coder);

  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  out.push(
    `<Project xmlns="${QDA_NAMESPACE}"` +
      attrs([
        ['name', options.projectName],
        ['origin', options.origin ?? 'Parallax'],
        ['creationDateTime', created],
      ]) +
      '>',
  );
  if (coders.length > 0) {
    out.push('<Users>');
    for (const coder of coders) {
      out.push(
        `<User${attrs([
          ['guid', userGuid(coder)],
          ['name', coder],
        ])}/>`,
      );
    }
    out.push('</Users>');
  }

  if (bundle.codes.length > 0) {
    const children = new Map<string | null, typeof bundle.codes>();
    for (const c of bundle.codes) {
      const parent = c.parentId !== null && codeIds.has(c.parentId) ? c.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), c]);
    }
    const writeCode = (c: (typeof bundle.codes)[number], depth: number) => {
      const open =
        '<Code' +
        attrs([
          ['guid', guidFor('code', c.id)],
          ['name', c.name],
          ['isCodable', 'true'],
          ['color', RGB.test(c.color) ? c.color : null],
        ]);
      const kids = depth < 32 ? (children.get(c.id) ?? []) : [];
      if (c.description === '' && kids.length === 0) {
        out.push(`${open}/>`);
        return;
      }
      out.push(`${open}>`);
      if (c.description !== '') out.push(`<Description>${escapeText(c.description)}</Description>`);
      for (const k of kids) writeCode(k, depth + 1);
      out.push('</Code>');
    };
    out.push('<CodeBook><Codes>');
    for (const c of children.get(null) ?? []) writeCode(c, 0);
    out.push('</Codes></CodeBook>');
  }

  const files: Record<string, Uint8Array> = {};
  const exported = bundle.articles.filter((a) => byArticle.has(a.id) && a.body !== undefined);
  if (exported.length > 0) {
    out.push('<Sources>');
    for (const article of exported) {
      const body = article.body ?? '';
      const guid = guidFor('source', article.id);
      files[`Sources/${guid}.txt`] = strToU8(body);
      const cps = codePointOffsets(body);
      out.push(
        '<TextSource' +
          attrs([
            ['guid', guid],
            ['name', article.title || article.id],
            ['plainTextPath', `internal://${guid}.txt`],
            ['creationDateTime', created],
          ]) +
          '>',
      );
      const description = sourceDescription(article);
      if (description !== '') out.push(`<Description>${escapeText(description)}</Description>`);
      const list = (byArticle.get(article.id) ?? []).slice().sort((x, y) => x.start - y.start);
      for (const a of list) {
        const when = dateTime(a.createdAt);
        out.push(
          '<PlainTextSelection' +
            attrs([
              ['guid', guidFor('selection', a.id)],
              ['name', selectionName(body.slice(a.start, a.end))],
              ['startPosition', cps[a.start] ?? 0],
              ['endPosition', cps[a.end] ?? 0],
              ['creatingUser', userGuid(a.coder)],
              ['creationDateTime', when],
            ]) +
            '>',
        );
        if (a.note.trim() !== '') out.push(`<Description>${escapeText(a.note)}</Description>`);
        for (const codeId of a.codeIds) {
          if (!codeIds.has(codeId)) continue;
          out.push(
            '<Coding' +
              attrs([
                ['guid', guidFor('coding', `${a.id}\u0000${codeId}`)],
                ['creatingUser', userGuid(a.coder)],
                ['creationDateTime', when],
              ]) +
              `><CodeRef targetGUID="${guidFor('code', codeId)}"/></Coding>`,
          );
        }
        out.push('</PlainTextSelection>');
      }
      out.push('</TextSource>');
    }
    out.push('</Sources>');
  }
  out.push('</Project>');
  const xml = out.join('\n') + '\n';
  const data = zipSync(
    { 'project.qde': strToU8(xml), ...files },
    // Zip times must fall in 1980–2099; a bad or missing date falls back to a fixed one.
    {
      level: 6,
      mtime:
        created !== null && created >= '1980' && created < '2100'
          ? created
          : '2000-01-01T00:00:00Z',
    },
  );
  return { data, xml, skipped };
}
