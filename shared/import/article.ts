/**
 * From a format-neutral document to a parsed article: classify the lines, build the clean body and
 * passages, and make every metadata guess with where it came from.
 */
import { buildBody, datelinePrefixLength } from './body.ts';
import type { SourceDocument } from './document.ts';
import { classifyLines } from './lines/classify.ts';
import { findCredits } from './metadata/credits.ts';
import { pickPublished } from './metadata/dates.ts';
import { detectLanguage } from './metadata/language.ts';
import { guessOutlet, type OutletRegistry } from './metadata/outlets.ts';
import { buildPassages } from './passages.ts';
import type { RuleSet } from './rules/rule-set.ts';
import type { Guess, ParsedArticle } from './types.ts';

/** A title made from the first sentence is cut to this many characters. */
const MAX_FALLBACK_TITLE = 120;

/** What building an article needs besides the document. */
export interface BuildContext {
  registry: OutletRegistry;
  rules: RuleSet;
  sourceName: string;
  encoding: string;
}

function guess<T>(
  value: T,
  source: string | null,
  confidence: number,
  line: number | null = null,
): Guess<T> {
  return { value, source, confidence, line };
}

/**
 * The outlet from all evidence (given field, URL, site name, name lines, dateline prefix,
 * self-references, file name), weighed by the metadata module.
 */
function outletOf(doc: SourceDocument, ctx: BuildContext): Guess<string> | null {
  const found = guessOutlet(
    {
      lines: doc.lines.map((l) => l.raw),
      url: doc.url,
      siteName: doc.meta.siteName,
      fileName: ctx.sourceName,
      given: doc.given.outlet,
    },
    ctx.registry,
  );
  return found === null ? null : guess(found.value, found.source, found.confidence, found.line);
}

/** Agencies the body credits, without the outlet itself ("told Radio Sputnik" in Sputnik's copy). */
function creditsOf(body: string, outlet: Guess<string> | null): string[] {
  const own = outlet?.value.toLowerCase();
  return findCredits(body).filter((credit) => credit.toLowerCase() !== own);
}

function guessLanguage(doc: SourceDocument, body: string): Guess<string> | null {
  if (doc.given.language !== null) {
    return guess(doc.given.language.toLowerCase(), doc.given.language, 1);
  }
  const detected = detectLanguage(body);
  if (detected !== null) return detected;
  const declared = /^([a-z]{2,3})(?:[-_]|$)/i.exec(doc.meta.language ?? '');
  // A page's declared language is often a template default, so it only backs up detection.
  return declared === null
    ? null
    : guess((declared[1] ?? '').toLowerCase(), doc.meta.language, 0.6);
}

function fallbackTitle(body: string, sourceName: string): string {
  const first = body.split(/(?<=[.!?])\s|\n/u)[0]?.trim() ?? '';
  if (first === '') return sourceName;
  if (first.length <= MAX_FALLBACK_TITLE) return first;
  const cut = first.slice(0, MAX_FALLBACK_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

function dedupe(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds the article, or returns null when no line of body text is left after cleaning. */
export function buildArticle(doc: SourceDocument, ctx: BuildContext): ParsedArticle | null {
  const found = classifyLines({
    lines: doc.lines,
    titleHint: doc.titleHint,
    registry: ctx.registry,
    rules: ctx.rules,
  });
  if (found.bodyStartIndex === null) return null;
  const isBody = (i: number): boolean =>
    found.lines[i]?.role === 'body' || found.lines[i]?.role === 'standfirst';
  const firstBody = found.features[found.bodyStartIndex];
  const prefixLength =
    firstBody === undefined ? 0 : datelinePrefixLength(firstBody, ctx.rules, ctx.registry);
  const prefix =
    firstBody === undefined || prefixLength === 0 ? null : firstBody.text.slice(0, prefixLength);
  const skip = new Map(prefix === null ? [] : [[found.bodyStartIndex, prefixLength]]);
  const clean = buildBody(found.features, isBody, skip);
  const language = guessLanguage(doc, clean.body);
  const outlet = outletOf(doc, ctx);
  const titleLine = found.titleIndex === null ? null : found.features[found.titleIndex];
  return {
    sourceName: ctx.sourceName,
    format: doc.format,
    encoding: ctx.encoding,
    raw: doc.raw,
    sourceText: doc.sourceText,
    lines: found.lines,
    body: clean.body,
    bodySpans: clean.spans,
    passages: buildPassages(clean.body, clean.spans, language?.value ?? null),
    title: doc.titleHint ?? titleLine?.text ?? fallbackTitle(clean.body, ctx.sourceName),
    url: doc.url,
    outlet,
    language,
    published: pickPublished({
      lines: doc.lines.map((l) => l.raw),
      bodyStartLine: found.bodyStartIndex + 1,
      meta: doc.meta.dates,
      given: doc.given.published,
    }),
    credits: creditsOf(clean.body, outlet),
    keywords: dedupe([...found.keywords, ...doc.meta.keywords]),
    captions: found.captions,
    bodyLines: clean.bodyLines,
    datelinePrefix: prefix,
  };
}
