/**
 * The seed articles and their hand-made truth, for golden tests. Test-only: the files are passed
 * in by the tests (which may read the disk); shared code never does.
 */
import truth from '../../../tests/fixtures/seeds-truth.json' with { type: 'json' };

/** One framing difference of the truth file. */
export interface TruthFraming {
  id: string;
  kind: string;
  phrases: Array<[string, string]>;
}

/** One quote of the truth file. */
export interface TruthQuote {
  file: string;
  speaker: string;
  text: string;
}

/** The `framing` section of the truth file. */
export const truthFraming: TruthFraming[] = truth.framing.map((f) => ({
  id: f.id,
  kind: f.kind,
  phrases: f.phrases.map((p) => [p[0] ?? '', p[1] ?? ''] as [string, string]),
}));

/** The `quotes` section of the truth file. */
export const truthQuotes: TruthQuote[] = truth.quotes;

/** Language of each seed file. */
export function seedLanguage(file: string): string {
  return truth.articles.find((a) => a.file === file)?.language ?? 'en';
}

/** Truth phrases are written with plain spaces; the seeds may have no-break spaces. */
export function findPhrase(text: string, phrase: string): { start: number; end: number } {
  const start = text.replace(/\u00a0/g, ' ').indexOf(phrase);
  return { start, end: start < 0 ? -1 : start + phrase.length };
}

// shared/ type-checks without Node's types, so the file reaches node:fs through an untyped dynamic
// import with the one signature it needs. Paths are relative to the repository root (vitest's cwd).
const NODE_FS = 'node:fs';
const { readFileSync } = (await import(NODE_FS)) as { readFileSync(path: string): Uint8Array };

/** The raw text of a seed file (no-break spaces kept: detectors must cope with them). */
export function readSeed(file: string): string {
  return new TextDecoder().decode(readFileSync(`corpus/${file}`));
}
