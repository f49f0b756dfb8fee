/**
 * Cyrillic → Latin transliteration and a script-independent "entity key" so that the same name
 * written by an English and a Russian or Ukrainian outlet compares equal: Герасимовым, Герасимова and
 * Gerasimov share the key `gerasimv`; Скапарротти and Scaparrotti share `skaparot`.
 *
 * Two functions with two jobs. `transliterate` is for display (a readable BGN/PCGN-like spelling:
 * Щ → Shch, Ж → Zh). `entityKey` is for matching only: it drops Russian case endings, then folds
 * the spellings English uses for Russian sounds into one skeleton (c/k/q, w/v, y/i/j, double letters,
 * final vowels, the fleeting vowel of Павел/Павла). The key is not meant to be read.
 */

/** Letters of Russian, Ukrainian and Belarusian to their usual Latin spelling (lower case). */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  "'": '',
  ʼ: '',
  '’': '',
};

const CYRILLIC = /[\u0400-\u04ff]/;

/** Whether the text contains at least one Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * Transliterates Cyrillic letters to Latin for display, keeping the case of each letter (a capital
 * that becomes two letters is written title-case: Щука → Shchuka, ЩУКА → SHCHUKA when the next
 * letter is a capital too). Non-Cyrillic characters pass through unchanged.
 */
export function transliterate(text: string): string {
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined || !CYRILLIC.test(ch)) {
      out += ch;
      return;
    }
    if (lower === ch) {
      out += latin;
      return;
    }
    const next = chars[i + 1] ?? '';
    const nextIsUpper = next !== '' && next !== next.toLowerCase();
    out += nextIsUpper ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
  return out;
}

/**
 * Russian and Ukrainian case endings of surnames, first names and adjectival names, longest first.
 * Stripping them leaves a stem shared by every case form (Герасимовым → Герасимов). A stem must keep
 * three letters so short names (Ли, Ус) survive.
 */
const NAME_ENDINGS = [
  'ыми',
  'ими',
  'ому',
  'ему',
  'ого',
  'его',
  'ой',
  'ей',
  'ий',
  'ый',
  'ій',
  'ым',
  'им',
  'ом',
  'ем',
  'ою',
  'ею',
  'ых',
  'их',
  'ая',
  'яя',
  'ую',
  'юю',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'і',
  'о',
];

/** Strips one case ending from a lower-case Cyrillic word when a stem of 3+ letters remains. */
export function foldCyrillicName(word: string): string {
  for (const ending of NAME_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/**
 * Latin spellings of the same sound folded together, applied in order. Kept as data-like pairs so
 * the order (longest first) is visible; each rule is justified by a Russian name seen both ways.
 */
const LATIN_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch/g, 'sh'], // Щербаков / Shcherbakov / Scherbakov
  [/tch/g, 'ch'],
  [/dzh|dj/g, 'j'], // Джон / John
  [/kh/g, 'h'], // Хабаров / Khabarov / Habarov
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'], // Cyril / Кирилл is rarer than Celine / Селин
  [/c(?!h)/g, 'k'], // Curtis / Куртис, Scaparrotti / Скапарротти
  [/q/g, 'k'],
  [/x/g, 'ks'], // Alexei / Алексей
  [/w/g, 'v'], // Wladimir / Владимир
  [/tz/g, 'ts'],
  [/([aeiou])h/g, '$1'], // John / Джон: silent h after a vowel
  [/[yj]/g, 'i'], // Yens, Jens / Йенс; Valery / Валерий
  [/ie|ii|ei/g, 'i'], // Valerii / Valery / Valerie
  [/(.)\1+/g, '$1'], // Scaparrotti / Скапаротти
];

/**
 * The matching key of one word: lower case, accents removed, Cyrillic case endings stripped and
 * transliterated, English possessive removed, spellings folded, trailing vowels and the fleeting e/o
 * of the last syllable dropped (Павел / Павла → pavl). Returns '' for words without letters.
 */
export function entityKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = computeEntityKey(word);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/** Memo of keys: names recur across a library; bounded, and a pure cache of a pure function. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;

function computeEntityKey(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’ʼ]s$/, '');
  if (hasCyrillic(w)) w = transliterate(foldCyrillicName(w.replace(/['’ʼ]/g, '')));
  w = w.replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of LATIN_FOLDS) w = w.replace(pattern, replacement);
  const stem = w.replace(/[aeiou]+$/, '');
  w = stem.length >= 3 ? stem : w;
  return w.replace(/([^aeiou])[eo]([^aeiou])$/, '$1$2');
}
