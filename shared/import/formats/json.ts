/**
 * JSON: one article object or an array of them, with the field names scrapers and exporters use.
 * Fields given here are trusted over detection; a `text` that is really HTML is read as a page.
 */
import { NO_META, plainLines, type GivenFields, type SourceDocument } from '../document.ts';
import { readHtml } from './html.ts';

const TEXT_FIELDS = ['text', 'body', 'content', 'articleBody'];
const TITLE_FIELDS = ['title', 'headline'];
const URL_FIELDS = ['url', 'link'];
const OUTLET_FIELDS = ['outlet', 'source', 'site', 'publisher'];
const DATE_FIELDS = ['published', 'date', 'datePublished'];
const LANGUAGE_FIELDS = ['language', 'lang'];
const LOOKS_LIKE_HTML = /<(?:p|div|br|article|section|h[1-6]|span|a)\b[^>]*>/i;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first field among `names` holding a non-empty string (or a `name` inside an object). */
function field(obj: JsonObject, names: readonly string[]): string | null {
  for (const name of names) {
    let value = obj[name];
    if (isObject(value)) value = value['name'];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) value = value.join('\n');
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && name !== 'text') return String(value);
  }
  return null;
}

/** "malformed JSON at line 3: Expected double-quoted property name", from the parser's message. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '');
  const position = /position (\d+)/.exec(message);
  const offset = position === null ? text.length : Number(position[1]);
  const line = text.slice(0, offset).split(/\r\n|\r|\n/).length;
  return `malformed JSON at line ${line}: ${detail}`;
}

function documentOf(obj: JsonObject, raw: string): SourceDocument | null {
  const text = field(obj, TEXT_FIELDS);
  if (text === null) return null;
  const given: GivenFields = {
    outlet: field(obj, OUTLET_FIELDS),
    published: field(obj, DATE_FIELDS),
    language: field(obj, LANGUAGE_FIELDS),
  };
  const title = field(obj, TITLE_FIELDS)?.trim() ?? null;
  const url = field(obj, URL_FIELDS);
  if (LOOKS_LIKE_HTML.test(text)) {
    const page = readHtml(text);
    return {
      ...page,
      format: 'json',
      raw,
      titleHint: title ?? page.titleHint,
      url: url ?? page.url,
      given,
    };
  }
  return {
    format: 'json',
    raw,
    sourceText: text,
    lines: plainLines(text),
    titleHint: title,
    url,
    given,
    meta: NO_META,
  };
}

/**
 * Reads a JSON file: an article object, an array of them, or an object wrapping such an array
 * (`articles`, `items`, `data`). Returns the documents, or an error message when the JSON is
 * malformed or no element has text. Elements without text are skipped.
 */
export function readJson(text: string): SourceDocument[] | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return describeJsonError(text, error);
  }
  if (isObject(value) && field(value, TEXT_FIELDS) === null) {
    const wrapper = value;
    const list = ['articles', 'items', 'data'].map((k) => wrapper[k]).find(Array.isArray);
    if (list !== undefined) value = list;
  }
  const elements = Array.isArray(value) ? value : [value];
  const isSingle = !Array.isArray(value);
  const documents: SourceDocument[] = [];
  for (const element of elements) {
    if (!isObject(element)) continue;
    const doc = documentOf(element, isSingle ? text : JSON.stringify(element, null, 2));
    if (doc !== null) documents.push(doc);
  }
  if (documents.length > 0) return documents;
  return Array.isArray(value)
    ? 'no element of the JSON array has a text field (text, body or content)'
    : 'the JSON object has no text field (text, body or content)';
}
