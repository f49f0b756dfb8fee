/**
 * The data-driven passes of the classifier: boilerplate rules from the rule files, then what the
 * metadata module knows about a line (a dateline, a page clock, an outlet's name).
 */
import { classifyDateLine } from '../metadata/dates.ts';
import { outletFromName } from '../metadata/outlets.ts';
import { mayMatch, type CompiledRule } from '../rules/rule-set.ts';
import type { ClassifyState } from './classify.ts';
import type { LineFeatures } from './features.ts';
import { keywordItems, MIN_UNLABELLED_KEYWORDS } from './keywords.ts';

function firstMatch(rules: readonly CompiledRule[], line: LineFeatures): CompiledRule | null {
  for (const rule of rules) {
    if (mayMatch(rule, line.text, line.norm) && rule.regex.test(line.norm)) return rule;
  }
  return null;
}

function decide(
  state: ClassifyState,
  index: number,
  role: ClassifyState['role'][number],
  reason: string,
): void {
  state.role[index] = role;
  state.reason[index] = reason;
}

/**
 * Photo credits sit at the end of a line, so only the last words are searched: end-anchored
 * patterns otherwise retry from every position of a long paragraph.
 */
const CREDIT_WINDOW = 160;

function creditWindow(norm: string): { text: string; start: number } {
  if (norm.length <= CREDIT_WINDOW) return { text: norm, start: 0 };
  const cut = norm.indexOf(' ', norm.length - CREDIT_WINDOW);
  const start = cut < 0 ? norm.length - CREDIT_WINDOW : cut;
  return { text: norm.slice(start), start };
}

/** A photo credit ends the line: the credit alone is a `credit`, text before it makes a caption. */
function applyPhotoCredit(state: ClassifyState, line: LineFeatures): boolean {
  const window = creditWindow(line.norm);
  for (const rule of state.rules.photoCredit) {
    if (!mayMatch(rule, line.text, window.text)) continue;
    const m = rule.regex.exec(window.text);
    if (m === null) continue;
    const before = line.norm.slice(0, window.start + m.index);
    if (/\p{L}/u.test(before)) decide(state, line.index, 'caption', 'photo caption');
    else decide(state, line.index, 'credit', rule.reason);
    return true;
  }
  return false;
}

function applyKeywordsPrefix(state: ClassifyState, line: LineFeatures): boolean {
  for (const rule of state.rules.keywordsPrefix) {
    if (!mayMatch(rule, line.text, line.norm)) continue;
    const m = rule.regex.exec(line.norm);
    if (m === null) continue;
    const items = keywordItems(line.norm.slice(m.index + m[0].length), 1);
    if (items === null) continue;
    decide(state, line.index, 'keywords', rule.reason);
    state.keywords.push(...items);
    return true;
  }
  return false;
}

/**
 * Runs the rule files over every open line. A `tail` heading ("Top stories") that follows some
 * prose turns every later line into chrome with the heading's `tailReason`; rules still name the
 * lines they recognise there (a separator stays a separator).
 */
export function applyRules(state: ClassifyState): void {
  let seenProse = false;
  let tailReason: string | null = null;
  for (const line of state.features) {
    if (state.role[line.index] !== null) continue;
    const tail = seenProse ? firstMatch(state.rules.tail, line) : null;
    if (tail !== null) {
      decide(state, line.index, 'chrome', tail.reason);
      tailReason = tail.tailReason;
      continue;
    }
    const rule = firstMatch(state.rules.line, line);
    if (rule !== null) {
      decide(state, line.index, rule.role, rule.reason);
    } else if (applyKeywordsPrefix(state, line)) {
      continue;
    } else if (tailReason !== null) {
      // Tag lists often close a related block; everything else in it is unrelated.
      if (!applyKeywordList(state, line)) decide(state, line.index, 'chrome', tailReason);
    } else if (!applyPhotoCredit(state, line) && line.isProse) {
      seenProse = true;
    }
  }
}

function applyKeywordList(state: ClassifyState, line: LineFeatures): boolean {
  const items = keywordItems(line.norm, MIN_UNLABELLED_KEYWORDS);
  if (items === null) return false;
  decide(state, line.index, 'keywords', 'keywords');
  state.keywords.push(...items);
  return true;
}

/** Datelines are short; longer lines are sentences that merely mention a date. */
const MAX_DATE_LINE_CHARS = 100;
/** An outlet's name on a line of its own is a few words at most. */
const MAX_OUTLET_LINE_WORDS = 5;

/**
 * Dates and outlet names on lines of their own: a dateline (kept for the publication date), a page
 * clock or crawl stamp (chrome, never the publication date), an outlet's name (chrome, and a guess
 * of the outlet).
 */
export function applyMetadata(state: ClassifyState): void {
  for (const line of state.features) {
    if (state.role[line.index] !== null) continue;
    if (line.text.length <= MAX_DATE_LINE_CHARS) {
      const date = classifyDateLine(line.text);
      if (date.kind === 'dateline') {
        decide(state, line.index, 'dateline', 'publication date');
        continue;
      }
      if (date.kind === 'clock') {
        decide(state, line.index, 'chrome', 'page clock');
        continue;
      }
    }
    if (line.words === 0 || line.words > MAX_OUTLET_LINE_WORDS) continue;
    const entry = outletFromName(line.norm, state.registry);
    if (entry === null) continue;
    decide(state, line.index, 'chrome', 'outlet name');
    state.outlet ??= { entry, index: line.index };
  }
}
