/**
 * Types of the import pipeline: bytes in, parsed articles out. Everything here is pure; the backend
 * reads files and stores the result.
 */
import type { ArticleLine, Passage } from '../api/schemas.ts';
import type { OutletRegistry } from './metadata/outlets.ts';
import type { RuleSet } from './rules/rule-set.ts';

/** The format a file was read as: by extension, or sniffed for other extensions. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'json';

/** One file handed to the importer. */
export interface ImportSource {
  /** File name or relative path; its extension picks the format, its name can hint the outlet. */
  name: string;
  bytes: Uint8Array;
}

/** A guessed value with where it came from and how sure the guess is (0..1). */
export interface Guess<T> {
  value: T;
  /** The text the value was read from, verbatim, or null. */
  source: string | null;
  confidence: number;
  /** 1-based line of the source text it came from, when it came from a line. */
  line: number | null;
}

/** Maps a run of the clean body back to the source text. */
export interface BodySpan {
  bodyStart: number;
  sourceStart: number;
  length: number;
}

/** One imported article: raw text, line roles, clean body, passages and metadata guesses. */
export interface ParsedArticle {
  sourceName: string;
  format: SourceFormat;
  /** The encoding the bytes were decoded with, e.g. `utf-8`, `windows-1251`. */
  encoding: string;
  /** The decoded input verbatim (the whole HTML page, the JSON element as text). Never modified. */
  raw: string;
  /**
   * The line document the article was read from: `raw` itself for txt/md, the text extracted from
   * HTML (one block per line), the `text` field for JSON. Line numbers and spans refer to it.
   */
  sourceText: string;
  lines: ArticleLine[];
  /** Clean body: the body lines, trimmed, joined by blank lines ("\n\n"). */
  body: string;
  bodySpans: BodySpan[];
  passages: Passage[];
  title: string;
  url: string | null;
  outlet: Guess<string> | null;
  language: Guess<string> | null;
  published: Guess<string | null>;
  credits: string[];
  keywords: string[];
  captions: string[];
  /** 1-based numbers of the source lines whose text is in the clean body, in order. */
  bodyLines: number[];
  /**
   * A wire dateline at the start of the first body line ("MOSCOW (Reuters) - "), verbatim. The line
   * stays body, the prefix stays out of `body`, so syndicated copies get the same content key.
   */
  datelinePrefix: string | null;
}

/** What {@link parseImport} needs besides the file. */
export interface ParseContext {
  registry: OutletRegistry;
  /** Boilerplate rules; the shipped ones when absent (a user's edited rule files otherwise). */
  rules?: RuleSet;
}

/** Articles parsed from one file, or why the file could not be imported (for the import report). */
export type ParseResult = { ok: true; articles: ParsedArticle[] } | { ok: false; error: string };
