/**
 * Story grouping speed and quality: 10,000 generated articles (2,000 events × 5 articles, one in
 * five in Russian) grouped at 'event' granularity. Each event has its own invented people, place,
 * date and figures; filler sentences come from the seeds, so every article also shares the
 * NATO–Russia vocabulary of the sample corpus. Reports the time of each phase, the candidate pairs
 * blocking kept, and how well the stories match the generated events (pairwise precision/recall).
 */
import { getDefaultGlossary } from '../../shared/align/glossary.ts';
import { loadSeedArticles } from '../../shared/align/testing/seeds.ts';
import { groupStories } from '../../shared/stories/group-stories.ts';
import type { StoryArticle } from '../../shared/stories/group-stories.ts';
import { prng as random } from '../support/generate-corpus.ts';

const SYLLABLES = ['ka', 'ro', 'vin', 'lem', 'tor', 'sa', 'mi', 'dur', 'pel', 'nik', 'zor', 'ban'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа'];

const TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
};

/** Spells a generated Latin name in Cyrillic, as a Russian outlet would. */
function transliterateToCyrillic(latin: string): string {
  const out = [...latin.toLowerCase()].map((ch) => TO_CYRILLIC[ch] ?? ch).join('');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function name(next: () => number, parts: number): string {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? '';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Event {
  people: [string, string];
  place: string;
  month: number;
  day: number;
  figure: number;
  published: string;
}

function makeEvent(k: number): Event {
  const next = random(1000 + k);
  const month = Math.floor(next() * 8);
  const day = 1 + Math.floor(next() * 28);
  const year = 2010 + (k % 12);
  return {
    people: [name(next, 3), name(next, 3)],
    place: name(next, 2) + 'sk',
    month,
    day,
    figure: 100 + Math.floor(next() * 90000),
    published: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

function eventSentences(e: Event, russian: boolean): string[] {
  const [a, b] = russian ? e.people.map(transliterateToCyrillic) : e.people;
  const place = russian ? transliterateToCyrillic(e.place) : e.place;
  return russian
    ? [
        `${a} и ${b} встретились в ${place} ${e.day} ${MONTHS_RU[e.month]}.`,
        `По данным министерства, в учениях участвуют ${e.figure} военных.`,
        `${b} заявил, что переговоры с ${a} были полезными.`,
      ]
    : [
        `${a} and ${b} met in ${place} on ${MONTHS[e.month]} ${e.day}.`,
        `The ministry said ${e.figure} troops take part in the exercises.`,
        `${b} said the talks with ${a} were useful.`,
        `Officials in ${place} confirmed the meeting.`,
      ];
}

/** Builds `events` × `perEvent` articles of about 300 words. */
export function buildCorpus(
  events = 2000,
  perEvent = 5,
): { articles: StoryArticle[]; truth: number[] } {
  const seeds = loadSeedArticles();
  const filler = {
    en: seeds.filter((s) => s.language === 'en').flatMap((s) => s.passages.map((p) => p.text)),
    ru: seeds.filter((s) => s.language === 'ru').flatMap((s) => s.passages.map((p) => p.text)),
  };
  const articles: StoryArticle[] = [];
  const truth: number[] = [];
  for (let k = 0; k < events; k++) {
    const e = makeEvent(k);
    for (let m = 0; m < perEvent; m++) {
      const next = random(k * 31 + m);
      const russian = (k + m) % 5 === 4;
      const pool = russian ? filler.ru : filler.en;
      const sentences = [...eventSentences(e, russian)];
      while (sentences.join(' ').split(/\s+/).length < 300) {
        sentences.splice(
          Math.floor(next() * sentences.length),
          0,
          pool[Math.floor(next() * pool.length)] ?? '',
        );
      }
      const [first] = eventSentences(e, russian);
      articles.push({
        id: `e${k}-a${m}`,
        language: russian ? 'ru' : 'en',
        title: first ?? '',
        published: e.published,
        body: sentences.join('\n'),
        passages: sentences.map((text) => ({ text })),
      });
      truth.push(k);
    }
  }
  return { articles, truth };
}

/** Pairwise precision and recall of the stories against the generated events. */
function pairwiseQuality(stories: { articles: string[] }[], truthOf: Map<string, number>) {
  let together = 0;
  let correct = 0;
  for (const s of stories) {
    together += (s.articles.length * (s.articles.length - 1)) / 2;
    const byEvent = new Map<number, number>();
    for (const id of s.articles)
      byEvent.set(truthOf.get(id) ?? -1, (byEvent.get(truthOf.get(id) ?? -1) ?? 0) + 1);
    for (const c of byEvent.values()) correct += (c * (c - 1)) / 2;
  }
  return { precision: together ? correct / together : 1, correct };
}

/** Prints the grouping figures. */
export function benchStories(count = Number(process.env.BENCH_STORIES_COUNT ?? 10_000)): void {
  getDefaultGlossary();
  const perEvent = 5;
  let start = performance.now();
  const { articles, truth } = buildCorpus(Math.ceil(count / perEvent), perEvent);
  console.log(
    `generated ${articles.length} articles in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  start = performance.now();
  const cpu = process.cpuUsage();
  const stories = groupStories(articles, { granularity: 'event' });
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = process.cpuUsage(cpu).user / 1e6;
  const truthOf = new Map(articles.map((a, i) => [a.id, truth[i] ?? -1]));
  const { precision, correct } = pairwiseQuality(stories, truthOf);
  const truePairs = (articles.length / perEvent) * ((perEvent * (perEvent - 1)) / 2);
  console.log(
    `grouped ${articles.length} articles into ${stories.length} stories in ${seconds.toFixed(1)} s ` +
      `(${cpuSeconds.toFixed(1)} s of CPU; target < 60 s); pairwise precision ${precision.toFixed(3)}, ` +
      `recall ${(correct / truePairs).toFixed(3)}`,
  );
}
