/**
 * The clean body: body lines, trimmed, joined by blank lines, with spans mapping every run back to
 * the source text, and the wire dateline prefix ("MOSCOW (Reuters) - ") kept out of it.
 */
import { normalizeForMatch } from '../text/normalize.ts';
import type { LineFeatures } from './lines/features.ts';
import type { OutletRegistry } from './metadata/outlets.ts';
import { outletFromName } from './metadata/outlets.ts';
import type { RuleSet } from './rules/rule-set.ts';
import type { BodySpan } from './types.ts';

/** A dateline prefix found at the start of the first body line. */
export interface DatelinePrefix {
  /** 0-based line index. */
  index: number;
  /** The prefix verbatim, trailing space included. */
  text: string;
}

/** The clean body with its map back to the source text. */
export interface CleanBody {
  body: string;
  spans: BodySpan[];
  /** 1-based numbers of the source lines in the body. */
  bodyLines: number[];
}

/** "Example News - " where the words before the dash are a known outlet's name. */
const NAME_DASH = /^(.{2,40}?)\s+-{1,2}\s+/u;

/** Length, in the line's own characters, of a dateline prefix at its start, or 0. */
export function datelinePrefixLength(
  line: LineFeatures,
  rules: RuleSet,
  registry: OutletRegistry,
): number {
  let normEnd = 0;
  for (const rule of rules.datelinePrefix) {
    const m = rule.regex.exec(line.norm);
    if (m !== null && m.index === 0) {
      normEnd = m[0].length;
      break;
    }
  }
  if (normEnd === 0) {
    const m = NAME_DASH.exec(line.norm);
    if (m !== null && outletFromName(m[1] ?? '', registry) !== null) normEnd = m[0].length;
  }
  // A prefix that leaves no sentence behind is the whole line, not a prefix.
  if (normEnd === 0 || normEnd >= line.norm.length - 1) return 0;
  const mapped = normalizeForMatch(line.text);
  return mapped.ends[normEnd - 1] ?? 0;
}

/**
 * Joins the body lines (`isBody[i]`) into the clean body. `skip` gives, per line index, how many
 * leading characters of the line's trimmed text stay out (a dateline prefix).
 */
export function buildBody(
  features: readonly LineFeatures[],
  isBody: (index: number) => boolean,
  skip: ReadonlyMap<number, number>,
): CleanBody {
  const parts: string[] = [];
  const spans: BodySpan[] = [];
  const bodyLines: number[] = [];
  let bodyLength = 0;
  for (const f of features) {
    if (!isBody(f.index)) continue;
    const cut = skip.get(f.index) ?? 0;
    const text = f.text.slice(cut).trimStart();
    const sourceStart = f.offset + (f.text.length - text.length);
    if (parts.length > 0) bodyLength += 2;
    spans.push({ bodyStart: bodyLength, sourceStart, length: text.length });
    parts.push(text);
    bodyLines.push(f.index + 1);
    bodyLength += text.length;
  }
  return { body: parts.join('\n\n'), spans, bodyLines };
}

/** Maps an offset in the clean body to the source text, or null when it falls between paragraphs. */
export function bodyToSource(spans: readonly BodySpan[], bodyOffset: number): number | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as BodySpan;
    if (bodyOffset < span.bodyStart) hi = mid - 1;
    else if (bodyOffset > span.bodyStart + span.length) lo = mid + 1;
    else return span.sourceStart + (bodyOffset - span.bodyStart);
  }
  return null;
}
