/**
 * Markdown: the text lines are kept; line markup (heading hashes, quote marks, list bullets) stays
 * out of the classified content; the first '# ' heading (or a front-matter title) is the title;
 * front matter and image lines are recognised as what they are.
 */
import type { SourceLine } from '../lines/classify.ts';
import { NO_GIVEN, NO_META, splitLines, type SourceDocument } from '../document.ts';

const HEADING = /^( {0,3}#{1,6}\s+)(.*?)(\s+#+)?\s*$/u;
const LINE_MARKUP = /^(\s*(?:>\s?)*(?:[-*+]\s+|\d{1,3}[.)]\s+)?)/u;
const IMAGE = /^\s*!\[([^\]]*)\]\([^)]*\)\s*$/u;
const FRONT_MATTER_FIELD =
  /^(title|date|published|source|outlet|url|lang|language)\s*:\s*["']?(.*?)["']?\s*$/iu;

interface FrontMatter {
  endLine: number;
  fields: Map<string, string>;
}

/** YAML front matter between '---' lines at the very top, or null. */
function readFrontMatter(lines: readonly { text: string }[]): FrontMatter | null {
  if (lines[0]?.text.trim() !== '---') return null;
  const fields = new Map<string, string>();
  for (let i = 1; i < Math.min(lines.length, 60); i += 1) {
    const text = lines[i]?.text ?? '';
    if (text.trim() === '---') return { endLine: i, fields };
    const m = FRONT_MATTER_FIELD.exec(text);
    if (m !== null) fields.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
  }
  return null;
}

function markdownLine(text: string, offset: number): SourceLine {
  const image = IMAGE.exec(text);
  if (image !== null) {
    const alt = image[1] ?? '';
    const start = text.indexOf(alt, 2);
    return {
      raw: text,
      content: alt,
      offset: offset + start,
      preset: { role: 'caption', reason: 'image' },
    };
  }
  const heading = HEADING.exec(text);
  if (heading !== null) {
    const start = (heading[1] ?? '').length;
    return { raw: text, content: heading[2] ?? '', offset: offset + start, isHeading: true };
  }
  const markup = (LINE_MARKUP.exec(text)?.[1] ?? '').length;
  return { raw: text, content: text.slice(markup), offset: offset + markup };
}

/** Reads a Markdown file into the line document. */
export function readMarkdown(text: string): SourceDocument {
  const split = splitLines(text);
  const front = readFrontMatter(split);
  const lines = split.map((l, i): SourceLine => {
    if (front !== null && i <= front.endLine) {
      return {
        raw: l.text,
        content: l.text,
        offset: l.offset,
        preset: { role: 'chrome', reason: 'front matter' },
      };
    }
    return markdownLine(l.text, l.offset);
  });
  const firstHeading = lines.find((l) => l.isHeading === true && /^\s{0,3}#\s/u.test(l.raw));
  const fields = front?.fields ?? new Map<string, string>();
  const published = fields.get('date') ?? fields.get('published') ?? null;
  return {
    format: 'md',
    raw: text,
    sourceText: text,
    lines,
    titleHint: fields.get('title') ?? firstHeading?.content.trim() ?? null,
    url: fields.get('url') ?? null,
    given: {
      ...NO_GIVEN,
      outlet: fields.get('outlet') ?? fields.get('source') ?? null,
      language: fields.get('language') ?? fields.get('lang') ?? null,
    },
    meta: {
      ...NO_META,
      dates: published === null ? [] : [{ value: published, source: 'front matter date' }],
    },
  };
}
