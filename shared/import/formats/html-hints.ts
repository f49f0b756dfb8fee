/**
 * What a page's markup says about a block beyond its tag: class and id words marking tag lists and
 * widgets (share bars, comment boxes, related lists, ad slots).
 */
import type { SourceLine } from '../lines/classify.ts';

/** A hint read from one element's class or id. */
export interface MarkupHint {
  kind: 'tags' | 'widget';
  /** The class or id word that gave the hint, shown in the reason. */
  word: string;
}

/** A hinted element and the lines it produced, end exclusive. */
export interface HintRange extends MarkupHint {
  startLine: number;
  endLine: number;
}

/** The article's lines, end exclusive, or null when the page has no clear article element. */
export type LineRange = { start: number; end: number } | null;

/** Class or id words that mark a tag list. */
const TAG_WORDS = new Set(['tags', 'tag', 'keywords', 'topics', 'tagging']);
/** Class or id words that mark page widgets around an article. */
const WIDGET_WORDS = new Set(
  'share sharing social related comments comment newsletter subscribe subscription promo advert advertisement ad ads banner breadcrumb breadcrumbs cookie cookies paywall recommended recommendations outbrain taboola popular trending'.split(
    ' ',
  ),
);

/** What an element's class and id say it is, by whole words ("share-bar" → share). */
export function markupHint(attribs: Readonly<Record<string, string>>): MarkupHint | null {
  const words = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`.toLowerCase().split(/[\s_-]+/);
  const tag = words.find((w) => TAG_WORDS.has(w));
  if (tag !== undefined) return { kind: 'tags', word: tag };
  const widget = words.find((w) => WIDGET_WORDS.has(w));
  return widget === undefined ? null : { kind: 'widget', word: widget };
}

/**
 * Applies class/id hints: lines of a tag list become keywords (returned), lines of a share bar,
 * comment box or related list become chrome, unless a rule names them first. A hinted element that encloses the article, or half
 * the page, is ignored: a `<body class="has-ads">` says nothing about its lines.
 */
export function applyHints(
  hints: readonly HintRange[],
  lines: SourceLine[],
  range: LineRange,
): string[] {
  const keywords: string[] = [];
  for (const hint of hints) {
    const enclosesArticle =
      range !== null && hint.startLine <= range.start && hint.endLine >= range.end;
    if (enclosesArticle || (hint.endLine - hint.startLine) * 2 > lines.length) continue;
    for (let i = hint.startLine; i < hint.endLine; i += 1) {
      const line = lines[i];
      if (line === undefined || line.preset !== undefined || line.markupHint !== undefined)
        continue;
      if (hint.kind === 'tags') {
        line.markupHint = { role: 'keywords', reason: 'keywords' };
        keywords.push(line.content.trim().replace(/^#/, ''));
      } else {
        line.markupHint = { role: 'chrome', reason: `page widget (${hint.word})` };
      }
    }
  }
  return keywords;
}
