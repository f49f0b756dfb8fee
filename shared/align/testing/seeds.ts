/**
 * Test support: the five seed articles cut into passages from the hand-made ground truth (body lines
 * → paragraphs → sentences), independent of the importer so alignment tests do not move when
 * import heuristics change. Reads files, so only tests import it.
 */
import { splitSentences } from '../../text/segment.ts';
import type { AlignArticle, AlignPassage } from '../align.ts';

/** A seed article with its truth metadata. */
export interface SeedArticle extends AlignArticle {
  file: string;
  outlet: string;
  title: string;
  body: string;
}

interface TruthArticle {
  file: string;
  outlet: string;
  language: string;
  title: string;
  body_lines: number[];
}

/** The parts of tests/fixtures/seeds-truth.json the alignment and story tests read. */
export interface SeedTruth {
  articles: TruthArticle[];
  alignments: { id: string; passages: [string, string][] }[];
  stories: { id: string; files: string[] }[];
}

// shared/ type-checks without Node's types, so the file reaches node:fs through an untyped dynamic
// import with the one signature it needs. Paths are relative to the repository root (vitest's cwd).
const NODE_FS = 'node:fs';
const { readFileSync } = (await import(NODE_FS)) as { readFileSync(path: string): Uint8Array };

function readText(path: string): string {
  return new TextDecoder().decode(readFileSync(path));
}

/** The ground truth file. */
export const seedTruth = JSON.parse(readText('tests/fixtures/seeds-truth.json')) as SeedTruth;

/** The seeds, in file order, with ids = file names. */
export function loadSeedArticles(): SeedArticle[] {
  return seedTruth.articles.map((a) => {
    const lines = readText(`corpus/${a.file}`).split('\n');
    const paragraphs = a.body_lines.map((n) => (lines[n - 1] ?? '').replace(/\u00a0/g, ' ').trim());
    const passages: AlignPassage[] = [];
    let offset = 0;
    for (const paragraph of paragraphs) {
      for (const s of splitSentences(paragraph, a.language)) {
        const text = paragraph.slice(s.start, s.end);
        passages.push({
          index: passages.length,
          text,
          start: offset + s.start,
          end: offset + s.end,
        });
      }
      offset += paragraph.length + 2;
    }
    return {
      id: a.file,
      file: a.file,
      outlet: a.outlet,
      title: a.title,
      language: a.language,
      body: paragraphs.join('\n\n'),
      passages,
    };
  });
}

/** Index of the passage of `article` containing `quote` (no-break spaces read as spaces). */
export function passageWith(article: AlignArticle, quote: string): number {
  const found = article.passages.find((p) => p.text.includes(quote));
  if (found === undefined) throw new Error(`${article.id}: no passage contains "${quote}"`);
  return found.index;
}
