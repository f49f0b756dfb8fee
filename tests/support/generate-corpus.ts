/**
 * Generates realistic article files for benchmarks and large-import tests. Each article is built
 * from the sample corpus's own sentences (English and Russian), shuffled by a seeded PRNG, with the
 * kinds of page chrome real scrapes carry (share widgets, captions repeated, "READ MORE" links, ad
 * labels, datelines), so the importer does the same work as on real pages. Deterministic per seed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const corpusDir = new URL('../../corpus/', import.meta.url);

/** Mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 80 && /[.!?»"]$/.test(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁ"«])/u))
    .filter((s) => s.length > 40);
}

export function loadSentences(): { en: string[]; ru: string[] } {
  const en: string[] = [];
  const ru: string[] = [];
  for (const name of readdirSync(corpusDir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(new URL(name, corpusDir), 'utf8').replace(/\u00a0/g, ' ');
    for (const s of sentencesOf(text)) (/[а-яё]/i.test(s) ? ru : en).push(s);
  }
  return { en, ru };
}

const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ruMonths = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** One article's text. About one in five is Russian. */
export function generateArticle(
  index: number,
  pool: { en: string[]; ru: string[] },
  random: () => number,
): string {
  const isRussian = random() < 0.2;
  const sentences = isRussian ? pool.ru : pool.en;
  const pick = () => sentences[Math.floor(random() * sentences.length)] ?? '';
  const day = 1 + Math.floor(random() * 28);
  const month = Math.floor(random() * 12);
  const year = 2011 + Math.floor(random() * 12);
  const title = pick().split(/[,.:]/)[0]?.slice(0, 90) ?? `Article ${index}`;
  const lines: string[] = [`${title} (${index})`, ''];
  lines.push(
    isRussian
      ? `${day} ${ruMonths[month]} ${year}, 1${Math.floor(random() * 10)}:2${Math.floor(random() * 10)}`
      : `${enMonths[month]} ${day}, ${year}`,
  );
  lines.push('Share', '');
  const paragraphs = 5 + Math.floor(random() * 8);
  for (let p = 0; p < paragraphs; p += 1) {
    const size = 1 + Math.floor(random() * 3);
    lines.push(Array.from({ length: size }, pick).join(' '), '');
    if (p === 2) {
      const caption = `${pick().slice(0, 120)} /AFP Photo`;
      lines.push(caption, caption, '');
    }
    if (p === 4) lines.push(isRussian ? 'Реклама' : `READ MORE: ${pick().slice(0, 70)}`, '');
  }
  return lines.join('\n');
}

/** Writes `count` articles into `dir` (created) as .txt files; returns the file paths. */
export function writeCorpus(dir: string, count: number, seed = 42): string[] {
  mkdirSync(dir, { recursive: true });
  const pool = loadSentences();
  const random = prng(seed);
  const paths: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const path = join(dir, `article-${String(i).padStart(6, '0')}.txt`);
    writeFileSync(path, generateArticle(i, pool, random));
    paths.push(path);
  }
  return paths;
}
