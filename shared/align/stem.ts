/**
 * Light stemmers so that inflected forms meet their dictionary form: линии / линий / линия → лин,
 * связи / связь → связ, talks / talking → talk. The same stemmer runs on glossary lemmas and on text,
 * so it needs to be consistent rather than linguistically exact.
 *
 * Russian (and, approximately, Ukrainian) follows the Snowball Russian algorithm (M. Porter,
 * snowball.tartarus.org, BSD licence), written out here because no maintained npm package fits a
 * pure, dependency-free core; English is a short Porter-like suffix stripper.
 */

const RU_VOWELS = /[аеиоуыэюяіїє]/;

/** Suffix groups of the Snowball Russian stemmer; "a/я-" groups need а or я before the suffix. */
const PERFECTIVE_GERUND_1 = ['вшись', 'вши', 'в'];
const PERFECTIVE_GERUND_2 = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const ADJECTIVE = [
  'ими',
  'ыми',
  'его',
  'ого',
  'ему',
  'ому',
  'ее',
  'ие',
  'ые',
  'ое',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
];
const PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
const REFLEXIVE = ['ся', 'сь'];
const VERB_1 = ['ешь', 'нно', 'ете', 'йте', 'ла', 'на', 'ли', 'ем', 'ло', 'но', 'ет', 'ют', 'ны'];
const VERB_1_SHORT = ['ть', 'й', 'л', 'н'];
const VERB_2 = [
  'ейте',
  'уйте',
  'ила',
  'ыла',
  'ена',
  'ите',
  'или',
  'ыли',
  'ило',
  'ыло',
  'ено',
  'ует',
  'уют',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ят',
  'ит',
  'ыт',
  'ую',
  'ю',
];
const NOUN = [
  'иями',
  'ями',
  'ами',
  'ией',
  'иям',
  'ием',
  'иях',
  'ев',
  'ов',
  'ие',
  'ье',
  'еи',
  'ии',
  'ей',
  'ой',
  'ий',
  'ям',
  'ем',
  'ам',
  'ом',
  'ах',
  'ях',
  'ию',
  'ью',
  'ия',
  'ья',
  'а',
  'е',
  'и',
  'й',
  'о',
  'у',
  'ы',
  'ь',
  'ю',
  'я',
];

function byLength(list: string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}
const SORTED = {
  gerund1: byLength(PERFECTIVE_GERUND_1),
  gerund2: byLength(PERFECTIVE_GERUND_2),
  adjective: byLength(ADJECTIVE),
  participle1: byLength(PARTICIPLE_1),
  participle2: byLength(PARTICIPLE_2),
  verb1: byLength([...VERB_1, ...VERB_1_SHORT]),
  verb2: byLength(VERB_2),
  noun: byLength(NOUN),
};

/** Longest suffix of `list` that ends `rv`, or null; `afterAYa` requires а/я before it. */
function findSuffix(rv: string, list: readonly string[], afterAYa = false): string | null {
  for (const suffix of list) {
    if (!rv.endsWith(suffix)) continue;
    if (!afterAYa) return suffix;
    const before = rv.charAt(rv.length - suffix.length - 1);
    if (before === 'а' || before === 'я') return suffix;
  }
  return null;
}

/** Removes the longest suffix found in either group (group 1 needs а/я before it). */
function removeGroups(
  rv: string,
  group1: readonly string[],
  group2: readonly string[],
): string | null {
  const s1 = findSuffix(rv, group1, true);
  const s2 = findSuffix(rv, group2);
  const best = (s1?.length ?? 0) >= (s2?.length ?? 0) ? s1 : s2;
  return best === null ? null : rv.slice(0, -best.length);
}

function step1(rv: string): string {
  const gerund = removeGroups(rv, SORTED.gerund1, SORTED.gerund2);
  if (gerund !== null) return gerund;
  const reflexive = findSuffix(rv, REFLEXIVE);
  const base = reflexive === null ? rv : rv.slice(0, -reflexive.length);
  const adjective = findSuffix(base, SORTED.adjective);
  if (adjective !== null) {
    const stem = base.slice(0, -adjective.length);
    return removeGroups(stem, SORTED.participle1, SORTED.participle2) ?? stem;
  }
  const verb = removeGroups(base, SORTED.verb1, SORTED.verb2);
  if (verb !== null) return verb;
  const noun = findSuffix(base, SORTED.noun);
  return noun === null ? base : base.slice(0, -noun.length);
}

/** Stems one lower-case Russian or Ukrainian word (ё already folded to е or not: both work). */
export function stemRussian(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const m = RU_VOWELS.exec(w);
  if (m === null) return w;
  const prefix = w.slice(0, m.index + 1);
  let rv = step1(w.slice(m.index + 1));
  if (rv.endsWith('и')) rv = rv.slice(0, -1);
  // Step 3 (derivational -ость in R2) is left out: it merges words news text keeps apart
  // (власть / властность is rare, but новость / новый is not).
  if (rv.endsWith('ейше')) rv = rv.slice(0, -4);
  else if (rv.endsWith('ейш')) rv = rv.slice(0, -3);
  if (rv.endsWith('нн')) rv = rv.slice(0, -1);
  else if (rv.endsWith('ь')) rv = rv.slice(0, -1);
  // Not Snowball: the imperfective suffix -ова-/-ива- keeps infinitives apart from the present
  // tense (демонстрировать → демонстрирова, демонстрирует → демонстрир); dropping it joins them.
  if (rv.length >= 5 && /(?:ова|ева|ива|ыва)$/.test(rv)) rv = rv.slice(0, -3);
  return prefix + rv;
}

/** English words whose final s is not a plural (news is not new). */
const EN_INVARIANT = new Set([
  'news',
  'series',
  'species',
  'means',
  'politics',
  'economics',
  'headquarters',
  'always',
  'perhaps',
  'across',
  'thus',
]);

/**
 * Stems one lower-case English word: possessive, plural, -ed, -ing, -ly; final y → i and final e
 * dropped so agree / agreed and country / countries meet. Words of 3 letters or fewer are kept.
 */
export function stemEnglish(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$|['’]$/, '');
  if (w.length <= 3 || EN_INVARIANT.has(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/ies$|ied$/.test(w)) w = w.slice(0, -3) + 'i';
  else if (/[^su]s$/.test(w) && !/[^aeiou]is$/.test(w)) w = w.slice(0, -1);
  const m = /^(.*[aeiouy].*?)(ingly|edly|ing|ed|ly)$/.exec(w);
  const hasSuffix = m !== null && (m[1] ?? '').length >= 3;
  if (hasSuffix) {
    w = m[1] ?? w;
    if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (/[^aeiou]y$/.test(w)) w = w.slice(0, -1) + 'i';
  // agree / agreed: the e goes with the bare form only, since -ed already took it.
  if (!hasSuffix && w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Memo of stems: news text repeats its words, and grouping a large library stems millions of
 * tokens. Bounded so a long session does not grow it without end; a pure cache of a pure function.
 */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Stems a word with the stemmer of its script: Cyrillic → Russian rules, otherwise English. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /[\u0400-\u04ff]/.test(word) ? stemRussian(word) : stemEnglish(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}
