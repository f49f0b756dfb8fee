/**
 * Named people in an article, for quote attribution: "Army General Valery Gerasimov", later
 * "Gerasimov", "He"; "Генсека НАТО Йенса Столтенберга". A person is a run of two or three
 * capitalised words that are not titles, institutions or places; later single-word mentions of the
 * surname join it. Cyrillic names are put back in the nominative by a small heuristic (news cites
 * foreign officials mostly in the genitive and instrumental), good for display, not for grammar.
 */
import { entityKey } from '../align/transliterate.ts';
import nameStops from './name-stops.json' with { type: 'json' };

/** One mention of a person in the text. */
export interface PersonMention {
  start: number;
  end: number;
}

/** A person named in the text. */
export interface Person {
  /** Display name, e.g. "Valery Gerasimov", "Йенс Столтенберг". */
  name: string;
  /** Matching key of the surname (see `entityKey`), shared across scripts and case forms. */
  key: string;
  mentions: PersonMention[];
  /** Text around the mentions (titles, appositions): where roles and sides are read from. */
  descriptors: string[];
}

const STOP = new Set(nameStops.words.map((w) => w.toLowerCase()));
/** A capitalised word (a title may end with a dot: "Maj.", "Gen."). */
const CAP_RUN = /(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?\.?(?:[ \u00a0]+|(?=[^\p{L}])|$)){1,8}/gu;
/** Share of capitalised words above which a line is a headline or a link list, not prose. */
const TITLE_CASE_SHARE = 0.6;
const DESCRIPTOR_BEFORE = 60;
/** A Russian or Ukrainian patronymic in any case ("Владимирович", "Владимировной", "Іванівна"). */
const PATRONYMIC = /(?:ович|евич|ьич|ич|овн|евн|ичн|івн|їївн)\p{Ll}{0,3}$/u;
const DESCRIPTOR_AFTER = 90;

function bareWord(word: string): string {
  return word.replace(/[.'’]+$/, '').replace(/['’]s$/, '');
}

function isStop(word: string): boolean {
  return STOP.has(bareWord(word).toLowerCase());
}

/** Whether the line around `index` is title case (headlines, related links), not prose. */
export function isTitleCaseLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const endAt = text.indexOf('\n', index);
  const words = text.slice(start, endAt < 0 ? text.length : endAt).match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // A short line of capitalised words only is a label or a widget ("Listen Live").
  if (words.length < 4) return capitalised === words.length;
  return capitalised / words.length > TITLE_CASE_SHARE;
}

/** Puts a Cyrillic name word in the nominative: Столтенберга → Столтенберг, Валерием → Валерий. */
export function nominativeGuess(word: string): string {
  if (!/[\u0400-\u04ff]/.test(word) || word.length < 4) return word;
  const rules: Array<[RegExp, string]> = [
    [/ием$/, 'ий'],
    [/ия$/, 'ий'],
    [/(ов|ев|ин|ын)(ым|а|у)$/, '$1'],
    // Not -у: a name the text cites in the dative is rare, and Шойгу, Амаду end so in the nominative.
    [/([бвгджзклмнпрстфхцчшщ])(ом|ем|а)$/, '$1'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/**
 * Common Russian and Ukrainian women's first names in the nominative. Names that are also a man's
 * name in the genitive (Валерия, Евгения, Александра) are left out: the reading is ambiguous.
 */
const FEMALE_FIRST_NAMES = new Set(
  (
    'Анна Алла Алина Алёна Алена Анастасия Анжела Антонина Вера Вероника Виктория Галина Дарья ' +
    'Диана Екатерина Елена Елизавета Жанна Зоя Инна Ирина Кира Кристина Ксения Лариса Лидия ' +
    'Любовь Людмила Маргарита Марина Мария Надежда Наталья Наталия Нина Оксана Ольга Полина ' +
    'Светлана Софья София Тамара Татьяна Ульяна Эльвира Юлия Яна Ганна Олена Оксана Наталія ' +
    'Марія Юлія Ірина Катерина Людмила Тетяна Ольга Вікторія Іванна Соломія Христина'
  ).split(' '),
);

/** The nominative of a woman's first name in any case form, or null if it is not one. */
function femaleFirstName(word: string): string | null {
  const candidates = [
    word,
    word.replace(/и(и|ю|ей|ею)$/, 'ия'),
    word.replace(/і(ї|ю|єю)$/, 'ія'),
    word.replace(/(ы|е|у|ой|ою|ей|и|і)$/, 'а'),
    word.replace(/(и|е|ю|ей|ею|і)$/, 'я'),
    word.replace(/ь(и|е|ю|ей)$/, 'ья'),
  ];
  return candidates.find((c) => FEMALE_FIRST_NAMES.has(c)) ?? null;
}

/** A woman's surname or patronymic back in the nominative: Захаровой → Захарова. */
function femaleNominative(word: string): string {
  return word
    .replace(/(ов|ев|ёв|ин|ын)(ой|ую|у|ою)$/, '$1а')
    .replace(/(ск|цк)(ой|ую|ою)$/, '$1ая')
    .replace(/(вн)(ы|е|у|ой|ою)$/, '$1а');
}

/**
 * Puts a Cyrillic full name in the nominative: "Йенса Столтенберга" → "Йенс Столтенберг",
 * "Марии Захаровой" → "Мария Захарова" (a woman's name is recognised by her first name).
 */
export function nominativeName(words: readonly string[]): string {
  const female = words.length >= 2 ? femaleFirstName(words[0] ?? '') : null;
  if (female === null) return words.map(nominativeGuess).join(' ');
  return [female, ...words.slice(1).map(femaleNominative)].join(' ');
}

function descriptorAt(text: string, start: number, end: number): string {
  // Titles stand right before the name, back to the clause boundary ("political analyst");
  // the apposition follows it up to the next comma ("Danilov, head of the Center ...,").
  const before = text.slice(Math.max(0, start - DESCRIPTOR_BEFORE), start);
  let boundary = 0;
  for (const m of before.matchAll(/[,;:!?\n]|\p{Ll}{4,}\.\s/gu)) boundary = m.index + m[0].length;
  const title = before.slice(boundary);
  const after = text.slice(end, end + DESCRIPTOR_AFTER);
  const apposition = /^,\s*([^,.;]+)/.exec(after)?.[1] ?? '';
  return `${title} ${apposition}`.trim();
}

function nameWords(
  run: string,
  offset: number,
): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  const re = /\S+/g;
  for (let m = re.exec(run); m !== null; m = re.exec(run)) {
    out.push({ word: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  // A dot after a word that is not a known abbreviation ends the sentence, and so the run.
  const sentenceEnd = out.findIndex((w) => w.word.endsWith('.') && !isStop(w.word));
  if (sentenceEnd >= 0) out.splice(sentenceEnd + 1);
  for (const w of out) {
    const bare = w.word.replace(/\.$/, '');
    w.end -= w.word.length - bare.length;
    w.word = bare;
  }
  // Only the trailing run after the last title or institution word is the name.
  let first = out.length;
  while (first > 0 && !isStop((out[first - 1] as { word: string }).word)) first -= 1;
  const name = out.slice(first).slice(-3);
  // Three Cyrillic words are a name with a patronymic ("Сергей Кужугетович Шойгу"); otherwise the
  // first is a place or body in the genitive ("Армении Никол Пашинян").
  const middle = name[1]?.word ?? '';
  if (name.length === 3 && /[\u0400-\u04ff]/u.test(middle) && !PATRONYMIC.test(middle)) {
    return name.slice(1);
  }
  return name;
}

/** Finds the people named in `text`, in order of first mention. */
export function findPersons(text: string): Person[] {
  const persons: Person[] = [];
  const byKey = new Map<string, Person>();
  CAP_RUN.lastIndex = 0;
  for (let m = CAP_RUN.exec(text); m !== null; m = CAP_RUN.exec(text)) {
    const words = nameWords(m[0].trimEnd(), m.index);
    if (words.length === 0) continue;
    const last = words[words.length - 1] as { word: string; start: number; end: number };
    const key = entityKey(last.word);
    if (key === '') continue;
    const known = byKey.get(key);
    const mention = { start: (words[0] as { start: number }).start, end: last.end };
    if (known !== undefined) {
      known.mentions.push(mention);
      known.descriptors.push(descriptorAt(text, mention.start, mention.end));
    } else if (words.length >= 2 && !isTitleCaseLine(text, m.index)) {
      const person: Person = {
        name: nominativeName(words.map((w) => bareWord(w.word))),
        key,
        mentions: [mention],
        descriptors: [descriptorAt(text, mention.start, mention.end)],
      };
      persons.push(person);
      byKey.set(key, person);
    }
  }
  return persons;
}

/** The person a single surname or full name refers to, if already known. */
export function personByName(persons: readonly Person[], name: string): Person | undefined {
  const words = name.trim().split(/\s+/);
  const key = entityKey(words[words.length - 1] ?? '');
  return key === '' ? undefined : persons.find((p) => p.key === key);
}
