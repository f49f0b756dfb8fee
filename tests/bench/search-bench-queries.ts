/**
 * Queries for the search benchmark and their scoring: quotes cut from random passages of the
 * library, half of them misspelt with 1–3 character edits, and recall@10 / latency summaries.
 */
import type { Database } from '../../electron/backend/db/database.ts';
import { skeletonText } from '../../shared/search/search-normalize.ts';

export interface BenchQuery {
  text: string;
  /** The quote as it stands in the passage. */
  original: string;
  article: string;
  passageId: number;
  language: 'en' | 'ru';
  isTypo: boolean;
}

export interface Outcome {
  query: BenchQuery;
  ms: number;
  hits: { article: string; text: string }[];
}

const alphabets = { en: 'abcdefghiklmnoprstuwy', ru: 'абвгдежзиклмнопрстуфхя' };

/** Applies `edits` random character edits (substitute, delete, insert, swap) to letters. */
export function misspell(
  text: string,
  edits: number,
  language: 'en' | 'ru',
  random: () => number,
): string {
  let out = text;
  const letters = alphabets[language];
  for (let e = 0; e < edits; e += 1) {
    const positions = [...out.matchAll(/\p{L}/gu)].map((m) => m.index);
    const at = positions[Math.floor(random() * positions.length)] ?? 0;
    const letter = letters.charAt(Math.floor(random() * letters.length));
    const op = Math.floor(random() * 4);
    if (op === 0) out = out.slice(0, at) + letter + out.slice(at + 1);
    else if (op === 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (op === 2) out = out.slice(0, at) + letter + out.slice(at);
    else out = out.slice(0, at) + out.charAt(at + 1) + out.charAt(at) + out.slice(at + 2);
  }
  return out;
}

/** `count` queries, half English and half Russian, alternately exact and misspelt. */
export function makeQueries(db: Database, count: number, random: () => number): BenchQuery[] {
  const maxId = (db.prepare('SELECT max(id) AS n FROM passages').get() as { n: number }).n;
  const byId = db.prepare(
    'SELECT p.text, p.article_id AS article, a.language FROM passages p JOIN articles a ON a.id = p.article_id WHERE p.id = ?',
  );
  const quota = { en: count / 2, ru: count / 2 };
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const passageId = 1 + Math.floor(random() * maxId);
    const row = byId.get(passageId) as
      { text: string; article: string; language: 'en' | 'ru' } | undefined;
    if (!row || quota[row.language] <= 0) continue;
    const words = [...row.text.matchAll(/\S+/g)];
    if (words.length < 12) continue;
    const length = 5 + Math.floor(random() * 8);
    const first = Math.floor(random() * (words.length - length + 1));
    const from = words[first]?.index ?? 0;
    const lastWord = words[first + length - 1];
    const original = row.text.slice(from, (lastWord?.index ?? 0) + (lastWord?.[0].length ?? 0));
    const isTypo = queries.length % 2 === 1;
    const edits = 1 + Math.floor(random() * 3);
    queries.push({
      text: isTypo ? misspell(original, edits, row.language, random) : original,
      original,
      article: row.article,
      passageId,
      language: row.language,
      isTypo,
    });
    quota[row.language] -= 1;
  }
  return queries;
}

/** Whether one of the first 10 hits is the source article or holds the untouched quote. */
export function isFound(outcome: Outcome): boolean {
  const quote = skeletonText(outcome.query.original);
  return outcome.hits
    .slice(0, 10)
    .some((h) => h.article === outcome.query.article || skeletonText(h.text).includes(quote));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function line(label: string, outcomes: Outcome[]): string {
  if (outcomes.length === 0) return `${label}: no queries`;
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const recall = outcomes.filter(isFound).length / outcomes.length;
  return `${label.padEnd(14)} n=${String(outcomes.length).padStart(3)}  median ${percentile(ms, 0.5).toFixed(1)} ms  p95 ${percentile(ms, 0.95).toFixed(1)} ms  max ${(ms.at(-1) ?? 0).toFixed(1)} ms  recall@10 ${recall.toFixed(3)}`;
}

/** Latency and recall, overall and split by exact/typo and English/Russian. */
export function summarise(outcomes: Outcome[]): { text: string; medianMs: number } {
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const pick = (f: (o: Outcome) => boolean) => outcomes.filter(f);
  const text = [
    line('all', outcomes),
    line(
      'exact',
      pick((o) => !o.query.isTypo),
    ),
    line(
      'typo (1-3)',
      pick((o) => o.query.isTypo),
    ),
    line(
      'English',
      pick((o) => o.query.language === 'en'),
    ),
    line(
      'Russian',
      pick((o) => o.query.language === 'ru'),
    ),
    line(
      'EN exact',
      pick((o) => o.query.language === 'en' && !o.query.isTypo),
    ),
    line(
      'EN typo',
      pick((o) => o.query.language === 'en' && o.query.isTypo),
    ),
    line(
      'RU exact',
      pick((o) => o.query.language === 'ru' && !o.query.isTypo),
    ),
    line(
      'RU typo',
      pick((o) => o.query.language === 'ru' && o.query.isTypo),
    ),
  ].join('\n');
  return { text, medianMs: percentile(ms, 0.5) };
}
