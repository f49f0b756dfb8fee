/**
 * W3C Web Annotation Data Model (JSON-LD) export and import.
 *
 * Export: an AnnotationCollection whose first (only) AnnotationPage holds every annotation. Each
 * annotation has `motivation` "classifying" when it carries codes ("commenting" for a note alone),
 * one TextualBody per code with purpose "tagging" (value = code name, id = `parallax:code/<id>`),
 * one TextualBody with purpose "commenting" for the note, the coder as `creator` (a Person), and a
 * target whose `source` is `parallax:article/<id>` (with the article's web address as `scope` when
 * known) and whose `selector` lists the TextQuoteSelector and TextPositionSelector.
 *
 * Import accepts a single Annotation, an array of them, an AnnotationPage or an
 * AnnotationCollection with its first page embedded. Each item that cannot be used is reported
 * with its index and why; the others are returned.
 */
import type {
  ExportBundle,
  ImportedAnnotation,
  ImportedCode,
  ImportProblem,
  ParsedImport,
} from './exchange-types.ts';
import type { TextPositionSelector, TextQuoteSelector } from './selectors.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ARTICLE_IRI_PREFIX = 'parallax:article/';
export const CODE_IRI_PREFIX = 'parallax:code/';
export const ANNOTATION_IRI_PREFIX = 'parallax:annotation/';

export interface W3CTextualBody {
  type: 'TextualBody';
  id?: string;
  purpose: 'tagging' | 'commenting';
  value: string;
  format: 'text/plain';
}

export interface W3CAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'classifying' | 'commenting';
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  body: W3CTextualBody[];
  target: {
    source: string;
    scope?: string;
    /** An orphan has no position in the current text: its quote alone. */
    selector: [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector];
  };
}

export interface W3CCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export interface W3COptions {
  /** The collection's label (e.g. "Parallax annotations"). */
  label?: string;
  /** The collection's id; a `parallax:export/…` IRI by default. */
  id?: string;
}

/** The collection of `bundle`'s annotations, ready for JSON.stringify. */
export function toW3C(bundle: ExportBundle, options: W3COptions = {}): W3CCollection {
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const codes = new Map(bundle.codes.map((c) => [c.id, c]));
  const items = bundle.annotations.map((a): W3CAnnotation => {
    const body: W3CTextualBody[] = [];
    for (const codeId of a.codeIds) {
      const code = codes.get(codeId);
      body.push({
        type: 'TextualBody',
        id: CODE_IRI_PREFIX + encodeURIComponent(codeId),
        purpose: 'tagging',
        value: code?.name ?? codeId,
        format: 'text/plain',
      });
    }
    if (a.note.trim() !== '') {
      body.push({
        type: 'TextualBody',
        purpose: 'commenting',
        value: a.note,
        format: 'text/plain',
      });
    }
    const url = articles.get(a.articleId)?.url ?? null;
    return {
      id: ANNOTATION_IRI_PREFIX + encodeURIComponent(a.id),
      type: 'Annotation',
      motivation: a.codeIds.length > 0 ? 'classifying' : 'commenting',
      created: a.createdAt,
      modified: a.updatedAt,
      creator: { type: 'Person', name: a.coder },
      body,
      target: {
        source: ARTICLE_IRI_PREFIX + encodeURIComponent(a.articleId),
        ...(url !== null && url !== '' ? { scope: url } : {}),
        // An orphan's offsets are into a text that has since changed: a consumer trusting them
        // would mark other words, so it is exported by its quote alone.
        selector:
          a.status === 'orphan'
            ? [{ ...a.quote, type: 'TextQuoteSelector' }]
            : [
                { ...a.quote, type: 'TextQuoteSelector' },
                { type: 'TextPositionSelector', start: a.start, end: a.end },
              ],
      },
    };
  });
  return {
    '@context': ANNO_CONTEXT,
    id: options.id ?? 'parallax:export/annotations',
    type: 'AnnotationCollection',
    label: options.label ?? 'Parallax annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: Json): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function hasType(v: Json, type: string): boolean {
  if (!isObject(v)) return false;
  const t = v.type ?? v['@type'];
  return asArray(t).includes(type);
}

function stripPrefix(value: Json, prefix: string): string | null {
  if (typeof value !== 'string' || !value.startsWith(prefix)) return null;
  try {
    return decodeURIComponent(value.slice(prefix.length)) || null;
  } catch {
    return null;
  }
}

function isWebAddress(v: Json): v is string {
  return typeof v === 'string' && /^https?:\/\//i.test(v);
}

/** The annotations listed by a parsed file, or a reason why it lists none. */
function annotationList(doc: Json): Json[] | string {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return 'expected an annotation, a list of annotations or a collection';
  if (hasType(doc, 'AnnotationCollection')) {
    if (Array.isArray(doc.items)) return doc.items;
    const first = doc.first;
    if (isObject(first) && Array.isArray(first.items)) return first.items;
    if (typeof first === 'string') return 'the collection’s pages are only linked, not included';
    return doc.total === 0 ? [] : 'the collection has no embedded page of items';
  }
  if (hasType(doc, 'AnnotationPage')) {
    return Array.isArray(doc.items) ? doc.items : 'the page has no items';
  }
  if (hasType(doc, 'Annotation')) return [doc];
  return 'expected an annotation, a list of annotations or a collection';
}

function readSelectors(selector: Json): {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
} {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of asArray(selector)) {
    if (!isObject(s)) continue;
    if (hasType(s, 'TextQuoteSelector') && quote === null && typeof s.exact === 'string') {
      quote = {
        type: 'TextQuoteSelector',
        exact: s.exact,
        prefix: typeof s.prefix === 'string' ? s.prefix : '',
        suffix: typeof s.suffix === 'string' ? s.suffix : '',
      };
    }
    if (hasType(s, 'TextPositionSelector') && position === null) {
      const { start, end } = s;
      if (
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        (start as number) >= 0 &&
        (end as number) > (start as number)
      ) {
        position = { type: 'TextPositionSelector', start: start as number, end: end as number };
      }
    }
  }
  return { quote, position };
}

function creatorName(creator: Json): string | null {
  for (const c of asArray(creator)) {
    if (typeof c === 'string' && c.trim() !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(c)) {
      return c.trim();
    }
    if (isObject(c)) {
      const name = c.name ?? c.nickname;
      if (typeof name === 'string' && name.trim() !== '') return name.trim();
    }
  }
  return null;
}

function readItem(raw: Json, index: number): ImportedAnnotation | ImportProblem {
  const label = (id: string | null) => `annotation ${index}${id === null ? '' : ` (${id})`}`;
  if (!isObject(raw)) return { item: label(null), reason: 'not an object' };
  const sourceId =
    stripPrefix(raw.id, ANNOTATION_IRI_PREFIX) ?? (typeof raw.id === 'string' ? raw.id : null);
  const item = label(sourceId);
  if (!hasType(raw, 'Annotation')) return { item, reason: 'its type is not "Annotation"' };
  const target = asArray(raw.target).find(
    (t) => isObject(t) && asArray(t.selector).some((s) => hasType(s, 'TextQuoteSelector')),
  );
  if (!isObject(target)) {
    return { item, reason: 'its target has no TextQuoteSelector, so the passage cannot be found' };
  }
  const { quote, position } = readSelectors(target.selector);
  if (quote === null || quote.exact.trim() === '') {
    return { item, reason: 'its TextQuoteSelector has no quoted text' };
  }
  const source = target.source;
  const articleId = stripPrefix(source, ARTICLE_IRI_PREFIX);
  const url = isWebAddress(source) ? source : isWebAddress(target.scope) ? target.scope : null;
  if (articleId === null && url === null) {
    return { item, reason: 'its target names no Parallax article and no web address' };
  }
  const motivations = asArray(raw.motivation);
  const tagsByDefault = motivations.includes('tagging') || motivations.includes('classifying');
  const codes: ImportedCode[] = [];
  const notes: string[] = [];
  // `bodyValue` is the model's shorthand for one plain-text comment.
  if (typeof raw.bodyValue === 'string' && raw.bodyValue.trim() !== '') notes.push(raw.bodyValue);
  for (const b of asArray(raw.body)) {
    // A body given only by IRI (a string) carries no text we could use.
    if (!isObject(b) || typeof b.value !== 'string') continue;
    const purposes = asArray(b.purpose);
    const isTag =
      purposes.includes('tagging') ||
      purposes.includes('classifying') ||
      (purposes.length === 0 && tagsByDefault);
    if (isTag) {
      if (b.value.trim() !== '') {
        codes.push({ id: stripPrefix(b.id, CODE_IRI_PREFIX), name: b.value.trim() });
      }
    } else if (b.value.trim() !== '') {
      notes.push(b.value);
    }
  }
  if (codes.length === 0 && notes.length === 0) {
    return { item, reason: 'it has neither a code (tagging body) nor a note (commenting body)' };
  }
  return {
    item,
    sourceId,
    articleId,
    url,
    quote,
    position,
    codes,
    note: notes.join('\n\n'),
    coder: creatorName(raw.creator),
    createdAt: typeof raw.created === 'string' ? raw.created : null,
  };
}

/** Reads W3C Web Annotation JSON; unusable items are reported and skipped. */
export function parseW3C(text: string): ParsedImport {
  let doc: Json;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { items: [], problems: [{ item: 'file', reason: `not valid JSON: ${message}` }] };
  }
  const list = annotationList(doc);
  if (typeof list === 'string') return { items: [], problems: [{ item: 'file', reason: list }] };
  const items: ImportedAnnotation[] = [];
  const problems: ImportProblem[] = [];
  list.forEach((raw, index) => {
    const read = readItem(raw, index);
    if ('reason' in read) problems.push(read);
    else items.push(read);
  });
  return { items, problems };
}
