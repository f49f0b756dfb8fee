/**
 * Structural pass: decides the lines no rule named, from where they sit and how they read. The
 * body runs from the first to the last line of prose; above it sit the title, section labels and
 * maybe a standfirst; below it sit related links, tag lists and other leftovers; inside it, a stray
 * tag left by a link widget is chrome and everything else is body.
 */
import { foldCase, normalizeText } from '../../text/normalize.ts';
import type { ClassifyState } from './classify.ts';
import { isHeadlineLike, type LineFeatures } from './features.ts';
import { keywordItems, MIN_UNLABELLED_KEYWORDS } from './keywords.ts';

/** The title is looked for among this many open lines from the top. */
const TITLE_SCAN_LINES = 12;
/** Short lines above the body ("Military & Intelligence", "World") are section labels. */
const MAX_LABEL_WORDS = 6;
/** A stray tag is a word or three ("Cuba") left between paragraphs by a link widget. */
const MAX_STRAY_TAG_WORDS = 3;

function isOpen(state: ClassifyState, i: number): boolean {
  return state.role[i] === null;
}

function setRole(
  state: ClassifyState,
  i: number,
  role: ClassifyState['role'][number],
  reason: string | null,
): void {
  state.role[i] = role;
  state.reason[i] = reason;
}

/** With a known title: its first line is the title, later copies are repeats. */
function titleFromHint(state: ClassifyState, hintKey: string): number | null {
  const line = state.features.find(
    (f) => f.key === hintKey && (isOpen(state, f.index) || state.role[f.index] === 'duplicate'),
  );
  return line?.index ?? null;
}

/** Without one: the first open line near the top that reads like a headline, before any prose. */
function titleFromText(state: ClassifyState): number | null {
  let scanned = 0;
  for (const f of state.features) {
    if (!isOpen(state, f.index)) continue;
    if (scanned++ >= TITLE_SCAN_LINES) break;
    if (f.words < 2 && !f.endsSentence) continue;
    return isHeadlineLike(f) ? f.index : null;
  }
  return null;
}

function markTitle(state: ClassifyState, titleHint: string | null): void {
  const hintKey = titleHint === null ? null : (lineKey(titleHint) ?? null);
  let index = hintKey === null ? null : titleFromHint(state, hintKey);
  if (index === null) {
    // A known title absent from the text (an SEO title, a JSON field) only yields to a heading.
    const fromText = titleFromText(state);
    const isUsable =
      hintKey === null || (fromText !== null && state.features[fromText]?.isHeading === true);
    index = isUsable ? fromText : null;
  }
  if (index === null) return;
  state.titleIndex = index;
  setRole(state, index, 'title', 'title');
  const key = state.features[index]?.key;
  for (const f of state.features) {
    const isRepeat = f.index > index && f.key === key;
    if (isRepeat && (isOpen(state, f.index) || state.role[f.index] === 'duplicate')) {
      setRole(state, f.index, 'duplicate', 'repeated title');
    }
  }
}

/** The same key {@link lineFeatures} gives a line with this text. */
function lineKey(text: string): string | null {
  const key = foldCase(normalizeText(text.trim())).replace(/\s+/g, ' ');
  return key === '' ? null : key;
}

function prevNonBlank(state: ClassifyState, i: number): number | null {
  for (let k = i - 1; k >= 0; k -= 1) if (state.role[k] !== 'blank') return k;
  return null;
}

function nextNonBlank(state: ClassifyState, i: number): number | null {
  for (let k = i + 1; k < state.features.length; k += 1) if (state.role[k] !== 'blank') return k;
  return null;
}

/** Above the body: section labels, a standfirst, leftovers of the page head. */
function decideHead(state: ClassifyState, f: LineFeatures): void {
  if (!f.hasLetters) setRole(state, f.index, 'chrome', 'no words');
  else if (f.words <= MAX_LABEL_WORDS && !f.endsSentence)
    setRole(state, f.index, 'chrome', 'section label');
  else if (!f.isTitleCase) setRole(state, f.index, 'standfirst', 'standfirst');
  else setRole(state, f.index, 'chrome', 'page heading');
}

/** Inside the body: a stray tag after a related link is chrome, the rest is body. */
function decideBody(state: ClassifyState, f: LineFeatures): void {
  if (!f.hasLetters) {
    setRole(state, f.index, 'chrome', 'no words');
    return;
  }
  const prev = prevNonBlank(state, f.index);
  const prevReason = prev === null ? null : state.reason[prev];
  const isStrayTag =
    f.words <= MAX_STRAY_TAG_WORDS &&
    !f.endsSentence &&
    prevReason?.startsWith('related link') === true;
  setRole(state, f.index, isStrayTag ? 'chrome' : 'body', isStrayTag ? 'stray tag' : null);
}

/** Below the body: tag lists, related links, other leftovers. */
function decideTail(state: ClassifyState, f: LineFeatures): void {
  const items = keywordItems(f.norm, MIN_UNLABELLED_KEYWORDS);
  if (items !== null) {
    setRole(state, f.index, 'keywords', 'keywords');
    state.keywords.push(...items);
  } else if (isHeadlineLike(f)) {
    setRole(state, f.index, 'chrome', 'related link');
  } else {
    setRole(state, f.index, 'chrome', f.hasLetters ? 'after the article' : 'no words');
  }
}

/**
 * The first prose line becomes a standfirst when a photo caption or credit follows it: the lead
 * sits between headline and picture, the body after the picture. It stays in the clean body.
 */
function markStandfirst(state: ClassifyState, first: number): void {
  const next = nextNonBlank(state, first);
  const nextRole = next === null ? null : state.role[next];
  if (nextRole === 'caption' || nextRole === 'credit')
    setRole(state, first, 'standfirst', 'standfirst');
}

/** Decides every line still open after the rule and metadata passes. */
export function applyStructure(state: ClassifyState, titleHint: string | null): void {
  markTitle(state, titleHint);
  for (const f of state.features) {
    if (!isOpen(state, f.index)) continue;
    if (f.markupHint !== null) setRole(state, f.index, f.markupHint.role, f.markupHint.reason);
    else if (f.isOutsideArticle) setRole(state, f.index, 'chrome', 'outside the article');
  }
  const prose = state.features.filter((f) => isOpen(state, f.index) && f.isProse);
  const first = prose[0]?.index;
  const last = prose[prose.length - 1]?.index;
  if (first === undefined || last === undefined) {
    // No running text at all (a list, a short note): keep every open line rather than lose it.
    for (const f of state.features) if (isOpen(state, f.index)) decideBody(state, f);
    return;
  }
  for (const f of state.features) {
    if (!isOpen(state, f.index)) continue;
    if (f.index < first) decideHead(state, f);
    else if (f.index <= last) decideBody(state, f);
    else decideTail(state, f);
  }
  if (state.role[first] === 'body') markStandfirst(state, first);
}
