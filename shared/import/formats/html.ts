/**
 * Saved web pages: one line per block (paragraph, heading, list item, caption) of visible text,
 * entities decoded; scripts, styles, navigation, forms, asides and the site's header and footer
 * dropped; lines outside the element holding the article (an <article>, else the element with the
 * most paragraph text) flagged so the classifier can call them chrome. htmlparser2 is forgiving,
 * so broken or truncated markup still yields text.
 */
import { Parser } from 'htmlparser2';
import type { SourceLine } from '../lines/classify.ts';
import { splitLines, type SourceDocument } from '../document.ts';
import {
  applyHints,
  markupHint,
  type HintRange,
  type LineRange,
  type MarkupHint,
} from './html-hints.ts';
import {
  cleanPageTitle,
  metaDates,
  metaKeywords,
  newMetaCollector,
  readJsonLd,
  recordMeta,
  type HtmlMetaCollector,
} from './html-meta.ts';

const BLOCKS = new Set(
  'address article aside blockquote body br caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const DROPPED = new Set(
  'script style nav aside form noscript iframe svg template button select textarea object embed canvas video audio map dialog menu head'.split(
    ' ',
  ),
);
/** Dropped only outside an <article>: an article's own header holds its headline and date. */
const SITE_FRAME = new Set(['header', 'footer']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
interface OpenElement {
  name: string;
  startLine: number;
  isDropped: boolean;
  hint: MarkupHint | null;
  /** Characters of paragraph text directly inside (for <p>) or scored to this element. */
  score: number;
}

interface Candidate {
  name: string;
  startLine: number;
  endLine: number;
  score: number;
}

interface WalkState {
  lines: { text: string; isHeading: boolean; isCaption: boolean; level: number }[];
  buffer: string[];
  stack: OpenElement[];
  dropDepth: number;
  capture: 'title' | 'jsonld' | null;
  captured: string;
  candidates: Candidate[];
  hints: HintRange[];
  times: { value: string; line: number }[];
  meta: HtmlMetaCollector;
}

function isDropped(
  state: WalkState,
  name: string,
  attribs: Readonly<Record<string, string>>,
): boolean {
  if (DROPPED.has(name)) return true;
  if (SITE_FRAME.has(name) && !state.stack.some((e) => e.name === 'article')) return true;
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  return HIDDEN_STYLE.test(attribs['style'] ?? '');
}

function innermost(state: WalkState, names: ReadonlySet<string> | string): OpenElement | undefined {
  for (let i = state.stack.length - 1; i >= 0; i -= 1) {
    const e = state.stack[i] as OpenElement;
    if (typeof names === 'string' ? e.name === names : names.has(e.name)) return e;
  }
  return undefined;
}

/** Ends the current block: its collapsed text becomes a line (several inside <pre>). */
function flush(state: WalkState): void {
  if (state.buffer.length === 0) return;
  const raw = state.buffer.join('');
  state.buffer = [];
  const inPre = innermost(state, 'pre') !== undefined;
  const texts = inPre ? raw.split(/\r\n|\r|\n/) : [raw.replace(/[ \t\n\r\f]+/g, ' ')];
  const heading = innermost(state, HEADINGS);
  const isCaption = innermost(state, 'figcaption') !== undefined;
  for (const t of texts) {
    const text = t.trim();
    if (text === '') continue;
    state.lines.push({
      text,
      isHeading: heading !== undefined,
      isCaption,
      level: Number(heading?.name[1] ?? 0),
    });
    const p = innermost(state, 'p');
    if (p !== undefined) p.score += text.length;
  }
}

function onOpen(state: WalkState, name: string, attribs: Record<string, string>): void {
  if (name === 'meta') recordMeta(state.meta, attribs);
  if (name === 'html') state.meta.htmlLang = attribs['lang'] ?? null;
  if (name === 'link' && /\bcanonical\b/i.test(attribs['rel'] ?? ''))
    state.meta.canonical ??= attribs['href'] ?? null;
  if (name === 'title' && state.meta.titleText === '') state.capture = 'title';
  if (name === 'script' && /ld\+json/i.test(attribs['type'] ?? '')) state.capture = 'jsonld';
  if (name === 'time' && state.dropDepth === 0 && attribs['datetime'] !== undefined) {
    state.times.push({ value: attribs['datetime'], line: state.lines.length });
  }
  if (BLOCKS.has(name)) flush(state);
  const dropped = isDropped(state, name, attribs);
  if (dropped) state.dropDepth += 1;
  state.stack.push({
    name,
    startLine: state.lines.length,
    isDropped: dropped,
    hint: markupHint(attribs),
    score: 0,
  });
}

function onClose(state: WalkState, name: string): void {
  if (state.capture !== null && (name === 'title' || name === 'script')) {
    if (state.capture === 'title')
      state.meta.titleText = state.captured.replace(/\s+/g, ' ').trim();
    else state.meta.jsonLd.push(state.captured);
    state.capture = null;
    state.captured = '';
  }
  if (BLOCKS.has(name)) flush(state);
  const element = state.stack.pop();
  if (element === undefined) return;
  if (element.isDropped) state.dropDepth -= 1;
  const endLine = state.lines.length;
  if (element.hint !== null && endLine > element.startLine) {
    state.hints.push({ ...element.hint, startLine: element.startLine, endLine });
  }
  if (element.name === 'p' && element.score > 0) {
    // Paragraph text scores the paragraph's parent fully and its grandparent by half, so a
    // container split into several wrappers still wins over a sidebar.
    const parent = state.stack[state.stack.length - 1];
    const grand = state.stack[state.stack.length - 2];
    if (parent !== undefined) parent.score += element.score;
    if (grand !== undefined) grand.score += element.score / 2;
  } else if ((element.score > 0 || element.name === 'article') && endLine > element.startLine) {
    state.candidates.push({
      name: element.name,
      startLine: element.startLine,
      endLine,
      score: element.score,
    });
  }
}

function walk(html: string): WalkState {
  const state: WalkState = {
    lines: [],
    buffer: [],
    stack: [],
    dropDepth: 0,
    capture: null,
    captured: '',
    candidates: [],
    hints: [],
    times: [],
    meta: newMetaCollector(),
  };
  const parser = new Parser(
    {
      onopentag: (name, attribs) => onOpen(state, name, attribs),
      onclosetag: (name) => onClose(state, name),
      ontext: (text) => {
        if (state.capture !== null) state.captured += text;
        else if (state.dropDepth === 0) state.buffer.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush(state);
  return state;
}

/** The article's line range: the <article> with most text, else the best-scored container. */
function articleRange(state: WalkState): { start: number; end: number } | null {
  const textIn = (c: Candidate): number =>
    state.lines.slice(c.startLine, c.endLine).reduce((n, l) => n + l.text.length, 0);
  const articles = state.candidates.filter((c) => c.name === 'article');
  const best =
    articles.length > 0
      ? articles.reduce((a, b) => (textIn(b) > textIn(a) ? b : a))
      : state.candidates.reduce<Candidate | null>(
          (a, b) => (a === null || b.score > a.score ? b : a),
          null,
        );
  return best === null ? null : { start: best.startLine, end: best.endLine };
}

/** Source lines with what the markup says about them: heading, caption, outside the article. */
function sourceLines(state: WalkState, sourceText: string, range: LineRange): SourceLine[] {
  return splitLines(sourceText).map((l, i) => {
    const block = state.lines[i];
    const line: SourceLine = {
      raw: l.text,
      content: l.text,
      offset: l.offset,
      isHeading: block?.isHeading === true,
    };
    if (range !== null && (i < range.start || i >= range.end)) line.isOutsideArticle = true;
    if (block?.isCaption === true) line.preset = { role: 'caption', reason: 'photo caption' };
    return line;
  });
}

/** Reads a saved web page into the line document and its metadata. */
export function readHtml(html: string): SourceDocument {
  const state = walk(html);
  const range = articleRange(state);
  const inRange = (i: number): boolean => range === null || (i >= range.start && i < range.end);
  const sourceText = state.lines.map((l) => l.text).join('\n');
  const lines = sourceLines(state, sourceText, range);
  const tagKeywords = applyHints(state.hints, lines, range);
  const ld = readJsonLd(state.meta.jsonLd);
  const meta = state.meta;
  const first = (key: string): string | null => meta.metas.get(key)?.[0] ?? null;
  const siteName = first('og:site_name') ?? ld?.publisher ?? null;
  const h1 =
    state.lines.find((l, i) => l.level === 1 && inRange(i)) ??
    state.lines.find((l) => l.level === 1);
  const pageTitle = meta.titleText === '' ? null : cleanPageTitle(meta.titleText, siteName);
  const articleTimes = state.times.filter((t) => inRange(t.line));
  const times = (articleTimes.length > 0 ? articleTimes : state.times).map((t) => t.value);
  return {
    format: 'html',
    raw: html,
    sourceText,
    lines,
    titleHint: h1?.text ?? first('og:title') ?? ld?.headline ?? pageTitle,
    url: meta.canonical ?? first('og:url') ?? ld?.url ?? null,
    given: { outlet: null, published: null, language: null },
    meta: {
      siteName,
      dates: metaDates(meta, ld, times),
      keywords: [...tagKeywords, ...metaKeywords(meta, ld)],
      language: meta.htmlLang ?? first('og:locale') ?? ld?.language ?? null,
    },
  };
}
