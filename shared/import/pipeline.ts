/**
 * The import pipeline's entry point: one file's bytes in, parsed articles (or a clear per-file
 * error) out. Pure: the backend reads the file, calls this, and stores the result.
 */
import { buildArticle } from './article.ts';
import { decodeBytes } from './decode.ts';
import { NO_GIVEN, NO_META, plainLines, type SourceDocument } from './document.ts';
import { readHtml } from './formats/html.ts';
import { readJson } from './formats/json.ts';
import { readMarkdown } from './formats/markdown.ts';
import { defaultRuleSet } from './rules/rule-set.ts';
import type {
  ImportSource,
  ParseContext,
  ParsedArticle,
  ParseResult,
  SourceFormat,
} from './types.ts';

/** Re-exported so callers of {@link parseImport} need one import. */
export type { ParseContext } from './types.ts';

/**
 * Files above this size are refused before decoding. A news article, even a saved page with inline
 * scripts, is well under 5 MB; 20 MB leaves room for odd pages while keeping one bad file (a log,
 * a database dump renamed .txt) from stalling an import of thousands.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
};

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The format for an unknown extension: HTML by its opening, JSON if it parses, else text. */
export function sniffFormat(text: string): SourceFormat {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<(?:head|body|meta)\b/.test(head)
  ) {
    return 'html';
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      // Not JSON after all: a text that happens to start with a bracket.
    }
  }
  return 'txt';
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function readText(text: string): SourceDocument {
  return {
    format: 'txt',
    raw: text,
    sourceText: text,
    lines: plainLines(text),
    titleHint: null,
    url: null,
    given: NO_GIVEN,
    meta: NO_META,
  };
}

function readDocuments(format: SourceFormat, text: string): SourceDocument[] | string {
  switch (format) {
    case 'html':
      return [readHtml(text)];
    case 'json':
      return readJson(text);
    case 'md':
      return [readMarkdown(text)];
    case 'txt':
      return [readText(text)];
  }
}

/**
 * Parses one imported file into articles: decodes the bytes (UTF-8, UTF-16, Windows-1251, KOI8-R,
 * Windows-1252), picks the format by extension (or by content for other extensions), classifies
 * every line, and guesses the metadata. Never throws for bad input: binary, empty, oversized,
 * malformed or text-less files give `{ok: false, error}` with a message for the import report.
 */
export function parseImport(source: ImportSource, ctx: ParseContext): ParseResult {
  if (source.bytes.length > MAX_FILE_BYTES) {
    const size = megabytes(source.bytes.length);
    return {
      ok: false,
      error: `file too large (${size} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB)`,
    };
  }
  try {
    return parseBytes(source, ctx);
  } catch (error) {
    // Bad input must never abort an import of thousands of files: whatever slipped past the checks
    // above becomes this file's error, with the message so the bug can be reported.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `could not read the file (${message})` };
  }
}

function parseBytes(source: ImportSource, ctx: ParseContext): ParseResult {
  const decoded = decodeBytes(source.bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') return { ok: false, error: 'empty file' };
  const format = EXTENSIONS[extensionOf(source.name)] ?? sniffFormat(decoded.text);
  const documents = readDocuments(format, decoded.text);
  if (typeof documents === 'string') return { ok: false, error: documents };
  const build = {
    registry: ctx.registry,
    rules: ctx.rules ?? defaultRuleSet(),
    sourceName: source.name,
    encoding: decoded.encoding,
  };
  const articles = documents
    .map((doc) => buildArticle(doc, build))
    .filter((a): a is ParsedArticle => a !== null);
  if (articles.length === 0) return { ok: false, error: 'no article text found' };
  return { ok: true, articles };
}
