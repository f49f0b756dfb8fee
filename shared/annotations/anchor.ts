/**
 * Re-anchoring: finding a coded passage again after its article's text changed.
 *
 * Strategy, in order (every offset is a UTF-16 offset into the real body, end exclusive):
 *
 * 1. Position: the quote's text at the stored offsets → confidence 1 (0.98 when it matches only
 *    after normalisation, e.g. a no-break space became a space). A short quote at the stored place
 *    whose context no longer fits, while another occurrence's does, is not taken on position alone.
 * 2. Exact: every occurrence of the quote, compared after normalisation (no-break and other spaces,
 *    curly and straight quotes, dashes, ё/е; case kept). Each is scored by how well the text around
 *    it matches the stored prefix and suffix; when two score the same, the one clearly nearer the
 *    stored position wins, else the passage becomes an orphan ("ambiguous") rather than a guess.
 * 3. Fuzzy: approximate matches of the quote (case folded too) with up to 30% of its length in
 *    edits: a semi-global edit-distance search (Sellers' algorithm with Ukkonen's cut-off) over the
 *    whole body for quotes up to {@link FULL_SCAN_MAX} units, and for longer ones inside the
 *    windows that exact q-gram seeds of the quote point to (plus the window at the stored place).
 *
 * Confidence (0..1) combines how much of the quote's text survived (fuzzy: 1 − edits ÷ length)
 * with how well its context matches (similarity of the stored prefix/suffix to the text beside the
 * match, 1 − Levenshtein ÷ length). Short quotes lean on their context more than long ones.
 * Fuzzy confidence = text similarity × (0.6 + 0.4 × context), at most 0.95, and 5% less for each
 * end that cuts into a word the quote did not cut. Exact confidence = 1 − (1 − context) × w, with w
 * from 0.15 (quotes of 40+ characters) up to 0.6 (one character), at most 0.99.
 * Anything below {@link ANCHOR_THRESHOLD} (0.75) is an orphan, with the best candidate attached
 * so that the user can review it; nothing is ever re-attached silently below it.
 *
 * {@link reanchorAll} knows the old text too and maps each passage through a diff first (moved
 * sentences and paragraphs included, see text-diff.ts); see its comment. Measured: 200 passages on
 * a 10,000-word article in about 15 ms (most untouched); on a 20,000-character article with its
 * paragraphs reversed, 30–60 ms (it was 4–7 s when a word diff had to explain the move); a
 * passage that needs a fuzzy search over the whole text costs about 0.5–8 ms, and one call's
 * fuzzy searching is bounded by {@link SEARCH_BUDGET}.
 */
import { normalizeText, toSourceRange } from '../text/normalize.ts';
import type { NormalizedText } from '../text/normalize.ts';
import { normalizeLongText } from './fast-normalize.ts';
import { CONTEXT_LENGTH } from './selectors.ts';
import { keptStretches, mapOffset, unmapOffset } from './text-diff.ts';
import type { TextPositionSelector, TextQuoteSelector } from './selectors.ts';

/** Below this confidence a passage is not re-attached: it becomes an orphan for review. */
export const ANCHOR_THRESHOLD = 0.75;
/** Quotes up to this many (normalised) units are searched fuzzily over the whole body. */
export const FULL_SCAN_MAX = 32;
/** Quotes shorter than this are only matched exactly: a fuzzy "a" matches anything. */
const MIN_FUZZY_LENGTH = 4;
/** Share of the quote's length allowed as edits in a fuzzy candidate (reported, maybe orphaned). */
const MAX_EDIT_SHARE = 0.3;
/** Two candidates closer than this in score are a tie. */
const TIE_MARGIN = 0.05;
const FUZZY_TIE_MARGIN = 0.02;
/** Exact occurrences looked at, at most (a one-letter quote can occur thousands of times). */
const MAX_CANDIDATES = 2000;
/** A fuzzy match never reaches the confidence of an exact one. */
const FUZZY_CAP = 0.95;
const EXACT_CAP = 0.99;

export interface AnchorTarget {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface AnchorCandidate {
  start: number;
  end: number;
  confidence: number;
}

export type AnchorResult =
  | {
      status: 'anchored';
      start: number;
      end: number;
      confidence: number;
      method: 'position' | 'exact' | 'fuzzy';
    }
  | { status: 'orphan'; reason: string; best: AnchorCandidate | null };

/** A body prepared for matching once, reused for every annotation on it. */
interface Prepared {
  raw: string;
  norm: NormalizedText;
  /** Normalised text with ё→е (same length as norm.text): what exact matching compares. */
  exact: string;
  /** `exact` lowercased unit by unit (same length): what fuzzy matching compares. */
  folded: string;
}

function yoToYe(text: string): string {
  return text.includes('ё') || text.includes('Ё')
    ? text.replace(/ё/g, 'е').replace(/Ё/g, 'Е')
    : text;
}

/** Lowercase keeping the length, so offsets stay valid (the rare İ keeps its case). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

function prepare(raw: string): Prepared {
  const norm = normalizeLongText(raw);
  const exact = yoToYe(norm.text);
  return { raw, norm, exact, folded: lowerSameLength(exact) };
}

let lastPrepared: Prepared | null = null;

function preparedFor(body: string): Prepared {
  if (lastPrepared === null || lastPrepared.raw !== body) lastPrepared = prepare(body);
  return lastPrepared;
}

/** Normalised form of a short string for comparisons (exact case kept). */
function normalizeExact(text: string): string {
  return yoToYe(normalizeText(text));
}

function normalizeFolded(text: string): string {
  return lowerSameLength(normalizeExact(text));
}

/** Levenshtein distance; small strings only (contexts are ≤ ~32 units). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const sub = (prev[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] ?? 0) + 1;
      const ins = (cur[j - 1] ?? 0) + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** Stored context, normalised and folded once per target. */
interface Context {
  prefix: string;
  suffix: string;
}

function contextOf(quote: TextQuoteSelector): Context {
  const prefix = normalizeFolded(quote.prefix);
  const suffix = normalizeFolded(quote.suffix);
  return {
    prefix: prefix.slice(Math.max(0, prefix.length - CONTEXT_LENGTH * 2)),
    suffix: suffix.slice(0, CONTEXT_LENGTH * 2),
  };
}

/**
 * How well the text around raw span [start, end) matches the stored context, 0..1. An empty stored
 * side (the passage was at the very start or end) counts fully when the candidate is there too and
 * half otherwise (text may have been added around it).
 */
function contextScore(p: Prepared, ctx: Context, start: number, end: number): number {
  const raw = p.raw;
  let preSim: number;
  if (ctx.prefix === '') {
    preSim = raw.slice(0, start).trim() === '' ? 1 : 0.5;
  } else {
    const before = normalizeFolded(raw.slice(Math.max(0, start - ctx.prefix.length * 2), start));
    preSim = similarity(ctx.prefix, before.slice(Math.max(0, before.length - ctx.prefix.length)));
  }
  let sufSim: number;
  if (ctx.suffix === '') {
    sufSim = raw.slice(end).trim() === '' ? 1 : 0.5;
  } else {
    const after = normalizeFolded(raw.slice(end, end + ctx.suffix.length * 2));
    sufSim = similarity(ctx.suffix, after.slice(0, ctx.suffix.length));
  }
  return (preSim + sufSim) / 2;
}

/** How much a missing context costs an exact match: short quotes need their context more. */
function contextWeight(length: number): number {
  const distinctive = 40;
  return length >= distinctive ? 0.15 : 0.15 + (0.45 * (distinctive - length)) / distinctive;
}

/** First normalised index whose source starts at or after raw offset `raw`. */
function rawToNorm(norm: NormalizedText, raw: number): number {
  let lo = 0;
  let hi = norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((norm.starts[mid] ?? 0) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Scored {
  start: number;
  end: number;
  score: number;
  confidence: number;
}

/**
 * Picks the best of the scored candidates (sorted here). A tie within `margin` is broken only by
 * clear nearness to the stored position; otherwise null ("ambiguous").
 */
function pickBest(
  scored: Scored[],
  margin: number,
  hint: number | null,
): { best: Scored; ambiguous: boolean } | null {
  if (scored.length === 0) return null;
  scored.sort((x, y) => y.score - x.score || x.start - y.start);
  const best = scored[0] as Scored;
  const rivals = scored.filter(
    (s) =>
      s !== best && best.score - s.score < margin && (s.end <= best.start || s.start >= best.end),
  );
  if (rivals.length === 0) return { best, ambiguous: false };
  if (hint === null) return { best, ambiguous: true };
  const tied = [best, ...rivals].sort(
    (x, y) => Math.abs(x.start - hint) - Math.abs(y.start - hint),
  );
  const nearest = tied[0] as Scored;
  const next = tied[1] as Scored;
  const dNear = Math.abs(nearest.start - hint);
  const dNext = Math.abs(next.start - hint);
  // "Clearly nearer": at most half the distance of the next one, with some slack for small edits.
  if (dNear * 2 + 16 <= dNext) return { best: nearest, ambiguous: false };
  return { best: nearest, ambiguous: true };
}

/** Exact (normalised) occurrences of the quote, as raw spans. */
function exactOccurrences(p: Prepared, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (needle === '') return out;
  for (
    let at = p.exact.indexOf(needle);
    at !== -1 && out.length < MAX_CANDIDATES;
    at = p.exact.indexOf(needle, at + 1)
  ) {
    out.push(toSourceRange(p.norm, at, at + needle.length, p.raw.length));
  }
  return out;
}

/**
 * What is left of the approximate searching one {@link reanchorAll} call may do, in DP cells
 * (window length × (edits allowed + 1)), so that an edit sending every passage to a search of the
 * whole text stays bounded. Past it a passage is searched for only where the diff maps it.
 */
interface SearchBudget {
  left: number;
}

/**
 * Cells for one reanchorAll call. 200 passages on a 20,000-character article replaced by unrelated
 * text (every one searched, none found) use about 6.5 million, in about 150 ms; so the budget
 * only bites on longer articles with more passages, and bounds them at about half a second.
 */
export const SEARCH_BUDGET = 20_000_000;

interface FuzzyHit {
  /** Normalised offsets. */
  start: number;
  end: number;
  cost: number;
  /** Other ends of the same run with the same cost (edits can often sit either side). */
  ends: number[];
}

/**
 * Semi-global edit distance of `pattern` against text[from, to): every place where the whole
 * pattern matches with at most `k` edits (one best end per run of matching ends). Ukkonen's
 * cut-off keeps it near O(k·n).
 */
function sellers(text: string, from: number, to: number, pattern: string, k: number): FuzzyHit[] {
  const m = pattern.length;
  const pat = new Int32Array(m);
  for (let i = 0; i < m; i += 1) pat[i] = pattern.charCodeAt(i);
  let prevCost = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let curCost = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) {
    prevCost[i] = i;
    prevStart[i] = from;
  }
  const big = k + 1;
  let lastActive = Math.min(k, m);
  const hits: FuzzyHit[] = [];
  let run: FuzzyHit | null = null;
  for (let j = from; j < to; j += 1) {
    const c = text.charCodeAt(j);
    curCost[0] = 0;
    curStart[0] = j + 1;
    const limit = Math.min(m, lastActive + 1);
    for (let i = 1; i <= limit; i += 1) {
      let best = (prevCost[i - 1] ?? big) + (pat[i - 1] === c ? 0 : 1);
      let start = prevStart[i - 1] ?? 0;
      const up = (curCost[i - 1] ?? big) + 1;
      if (up < best) {
        best = up;
        start = curStart[i - 1] ?? 0;
      }
      const left = i > lastActive ? big + 1 : (prevCost[i] ?? big) + 1;
      if (left < best) {
        best = left;
        start = prevStart[i] ?? 0;
      }
      curCost[i] = best;
      curStart[i] = start;
    }
    let active = limit;
    while (active > 0 && (curCost[active] ?? big) > k) active -= 1;
    lastActive = active;
    if (active === m) {
      const cost = curCost[m] ?? big;
      const hit = { start: curStart[m] ?? 0, end: j + 1, cost, ends: [j + 1] };
      if (run === null || hit.start >= run.end) {
        if (run !== null) hits.push(run);
        run = hit;
      } else if (cost < run.cost) {
        run = hit;
      } else if (cost === run.cost && run.ends.length < 4) {
        run.ends.push(j + 1);
      }
    } else if (run !== null) {
      hits.push(run);
      run = null;
    }
    [prevCost, curCost] = [curCost, prevCost];
    [prevStart, curStart] = [curStart, prevStart];
  }
  if (run !== null) hits.push(run);
  return hits;
}

/** Quotes up to this long get their fuzzy match's exact start and end chosen by context. */
const REFINE_MAX = 300;

/**
 * Starts s for which text[s, end) matches the whole pattern with few edits (the fewest, up to a
 * small slack), with their edit counts: the DP run backwards from `end`. Edits at a match's edges
 * can sit either side of it: for "further increases" in "further sharp increases", "her sharp
 * increases" costs fewer edits than the real passage; context and word boundaries decide.
 */
function nearStarts(text: string, pattern: string, end: number, k: number) {
  const m = pattern.length;
  const span = Math.min(end, m + k);
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) prev[i] = i;
  const costs = new Int32Array(span + 1);
  costs[0] = m;
  let min = m;
  for (let t = 1; t <= span; t += 1) {
    const c = text.charCodeAt(end - t);
    cur[0] = t;
    for (let i = 1; i <= m; i += 1) {
      const sub = (prev[i - 1] ?? 0) + (pattern.charCodeAt(m - i) === c ? 0 : 1);
      cur[i] = Math.min(sub, (prev[i] ?? 0) + 1, (cur[i - 1] ?? 0) + 1);
    }
    costs[t] = cur[m] ?? m;
    if ((costs[t] ?? m) < min) min = costs[t] ?? m;
    [prev, cur] = [cur, prev];
  }
  const slack = Math.max(2, Math.ceil(m * 0.1));
  const out: { start: number; cost: number }[] = [];
  for (let t = 1; t <= span; t += 1) {
    const cost = costs[t] ?? m;
    if (cost <= Math.min(k, min + slack)) out.push({ start: end - t, cost });
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** 1, or 0.95 per edge where the quote begins/ends a word but the candidate cuts into one. */
function boundaryFactor(
  p: Prepared,
  quoteEdges: { start: boolean; end: boolean },
  start: number,
  end: number,
): number {
  let factor = 1;
  if (quoteEdges.start && WORD_CHAR.test(p.raw[start - 1] ?? '')) factor *= 0.95;
  if (quoteEdges.end && WORD_CHAR.test(p.raw[end] ?? '')) factor *= 0.95;
  return factor;
}

/** Normalised windows worth a fuzzy search for a long pattern: where its exact q-grams point. */
function seedWindows(p: Prepared, pattern: string, hintNorm: number | null): [number, number][] {
  const m = pattern.length;
  const n = p.folded.length;
  const q = Math.max(5, Math.min(24, Math.floor(m / 8)));
  const slack = Math.ceil(m * MAX_EDIT_SHARE) + 8;
  const diagonals: number[] = [];
  for (let offset = 0; offset + q <= m; offset += q) {
    const piece = pattern.slice(offset, offset + q);
    const found: number[] = [];
    for (let at = p.folded.indexOf(piece); at !== -1; at = p.folded.indexOf(piece, at + 1)) {
      found.push(at - offset);
      if (found.length > 64) break;
    }
    // A piece found everywhere (" of the ") says nothing about where the passage is.
    if (found.length <= 64) diagonals.push(...found);
  }
  diagonals.sort((a, b) => a - b);
  const clusters: { lo: number; hi: number; votes: number }[] = [];
  for (const d of diagonals) {
    const last = clusters[clusters.length - 1];
    if (last !== undefined && d - last.hi <= slack) {
      last.hi = d;
      last.votes += 1;
    } else {
      clusters.push({ lo: d, hi: d, votes: 1 });
    }
  }
  clusters.sort((a, b) => b.votes - a.votes);
  const windows: [number, number][] = clusters
    .slice(0, 4)
    .map((c) => [Math.max(0, c.lo - slack), Math.min(n, c.hi + m + slack)]);
  if (hintNorm !== null) {
    windows.push([Math.max(0, hintNorm - slack), Math.min(n, hintNorm + m + slack)]);
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

function fuzzyCandidates(
  p: Prepared,
  pattern: string,
  ctx: Context,
  hintNorm: number | null,
  edges: { start: boolean; end: boolean },
  budget: SearchBudget | null,
): { candidates: Scored[]; limited: boolean } {
  const m = pattern.length;
  const k = Math.floor(m * MAX_EDIT_SHARE);
  let windows: [number, number][] =
    m <= FULL_SCAN_MAX ? [[0, p.folded.length]] : seedWindows(p, pattern, hintNorm);
  let limited = false;
  if (budget !== null) {
    // Sellers' DP costs about (window length) × (edits allowed + 1) cells.
    const cost = (ws: [number, number][]) =>
      ws.reduce((sum, [from, to]) => sum + (to - from) * (Math.min(k, m) + 1), 0);
    if (cost(windows) > budget.left) {
      // Over budget: only the place the diff maps the passage to is searched.
      limited = true;
      const slack = Math.ceil(m * MAX_EDIT_SHARE) + 8;
      windows =
        hintNorm === null
          ? []
          : [[Math.max(0, hintNorm - slack), Math.min(p.folded.length, hintNorm + m + slack)]];
    }
    budget.left = Math.max(0, budget.left - cost(windows));
  }
  const hits: FuzzyHit[] = [];
  for (const [from, to] of windows) hits.push(...sellers(p.folded, from, to, pattern, k));
  // Every span worth scoring: the DP's own, or (quotes up to REFINE_MAX) every near-best start
  // for each tied end. Scored cheapest first: a span's confidence can never exceed its text
  // similarity, so once that falls below the best confidence found (minus the tie margin) the
  // rest cannot win or tie, and their context (the costly part) is never computed.
  const spans: { hit: number; ns: number; ne: number; cost: number }[] = [];
  hits.forEach((hit, h) => {
    if (m > REFINE_MAX) {
      spans.push({ hit: h, ns: hit.start, ne: hit.end, cost: hit.cost });
      return;
    }
    for (const ne of hit.ends) {
      for (const s of nearStarts(p.folded, pattern, ne, k)) {
        spans.push({ hit: h, ns: s.start, ne, cost: s.cost });
      }
    }
  });
  spans.sort((a, b) => a.cost - b.cost);
  const bestPerHit = new Map<number, Scored>();
  let bestConfidence = 0;
  for (const { hit, ns, ne, cost } of spans) {
    const textSim = 1 - cost / m;
    if (textSim < bestConfidence - FUZZY_TIE_MARGIN) break;
    if (ne <= ns) continue;
    const { start, end } = toSourceRange(p.norm, ns, ne, p.raw.length);
    const context = contextScore(p, ctx, start, end);
    const confidence = Math.min(
      FUZZY_CAP,
      textSim * (0.6 + 0.4 * context) * boundaryFactor(p, edges, start, end),
    );
    const previous = bestPerHit.get(hit);
    if (previous === undefined || confidence > previous.confidence) {
      bestPerHit.set(hit, { start, end, score: confidence, confidence });
    }
    if (confidence > bestConfidence) bestConfidence = confidence;
  }
  return { candidates: [...bestPerHit.values()], limited };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function orphan(reason: string, best: Scored | null): AnchorResult {
  return {
    status: 'orphan',
    reason,
    best:
      best === null
        ? null
        : { start: best.start, end: best.end, confidence: round(best.confidence) },
  };
}

function anchorPrepared(
  p: Prepared,
  target: AnchorTarget,
  budget: SearchBudget | null = null,
): AnchorResult {
  const { quote, position } = target;
  const exactNeedle = normalizeExact(quote.exact);
  if (quote.exact === '' || exactNeedle.trim() === '') {
    return orphan('the quote is empty', null);
  }
  const ctx = contextOf(quote);
  const hint =
    position !== undefined && position.start >= 0 && position.start <= p.raw.length
      ? position.start
      : null;

  // 1 + 2: exact occurrences, the one at the stored place first.
  const occurrences = exactOccurrences(p, exactNeedle);
  const weight = contextWeight(exactNeedle.length);
  const scored: Scored[] = occurrences.map((o) => {
    const context = contextScore(p, ctx, o.start, o.end);
    return {
      start: o.start,
      end: o.end,
      score: context,
      confidence: Math.min(EXACT_CAP, 1 - (1 - context) * weight),
    };
  });
  if (position !== undefined) {
    let atPlace = scored.find((s) => s.start === position.start && s.end === position.end);
    // A very common quote may have more occurrences than were collected: check its place directly.
    if (
      atPlace === undefined &&
      occurrences.length >= MAX_CANDIDATES &&
      position.start >= 0 &&
      position.start < position.end &&
      position.end <= p.raw.length &&
      normalizeExact(p.raw.slice(position.start, position.end)) === exactNeedle
    ) {
      const context = contextScore(p, ctx, position.start, position.end);
      atPlace = {
        start: position.start,
        end: position.end,
        score: context,
        confidence: Math.min(EXACT_CAP, 1 - (1 - context) * weight),
      };
      scored.push(atPlace);
    }
    if (atPlace !== undefined) {
      const othersBest = Math.max(0, ...scored.filter((s) => s !== atPlace).map((s) => s.score));
      if (scored.length === 1 || atPlace.score >= 0.5 || atPlace.score >= othersBest) {
        const same = p.raw.slice(position.start, position.end) === quote.exact;
        return {
          status: 'anchored',
          start: atPlace.start,
          end: atPlace.end,
          confidence: same ? 1 : 0.98,
          method: 'position',
        };
      }
    }
  }
  // Whether the quote begins and ends on word edges, so candidates that cut words score lower.
  const edges = {
    start: WORD_CHAR.test(quote.exact[0] ?? '') && !WORD_CHAR.test(quote.prefix.at(-1) ?? ''),
    end: WORD_CHAR.test(quote.exact.at(-1) ?? '') && !WORD_CHAR.test(quote.suffix[0] ?? ''),
  };
  const exactPick = pickBest(scored, TIE_MARGIN, hint);
  if (exactPick !== null && !exactPick.ambiguous) {
    const { best } = exactPick;
    if (best.confidence >= ANCHOR_THRESHOLD) {
      // The same letters now inside a longer word ("reckles" in "reckless"): the whole word.
      const whole = wholeWords(p.raw, best, edges);
      return {
        status: 'anchored',
        start: whole.start,
        end: whole.end,
        confidence: round(best.confidence),
        method: 'exact',
      };
    }
  }
  if (exactPick !== null && exactPick.ambiguous) {
    return orphan(
      `the passage occurs ${scored.length} times and its context does not tell which one it is`,
      exactPick.best,
    );
  }

  // 3: fuzzy.
  const pattern = lowerSameLength(exactNeedle);
  if (pattern.length < MIN_FUZZY_LENGTH) {
    return exactPick === null
      ? orphan('the passage (too short to match approximately) was not found', null)
      : orphan('the passage occurs, but not in its context', exactPick.best);
  }
  const hintNorm = hint === null ? null : rawToNorm(p.norm, hint);
  const { candidates: fuzzy, limited } = fuzzyCandidates(p, pattern, ctx, hintNorm, edges, budget);
  // An exact occurrence that failed only on context competes with the fuzzy ones.
  const pool = exactPick === null ? fuzzy : [...fuzzy, exactPick.best];
  const fuzzyPick = pickBest(pool, FUZZY_TIE_MARGIN, hint);
  const notSearched =
    'not searched for in the whole text: the edit changed too much for every passage to be searched approximately';
  if (fuzzyPick === null) return orphan(limited ? notSearched : 'the passage was not found', null);
  const { best, ambiguous } = fuzzyPick;
  if (limited && (ambiguous || best.confidence < ANCHOR_THRESHOLD))
    return orphan(notSearched, best);
  if (ambiguous) {
    return orphan('several passages resemble it equally and its context does not tell', best);
  }
  if (best.confidence < ANCHOR_THRESHOLD) {
    return orphan(
      `the closest passage is too different (confidence ${round(best.confidence)})`,
      best,
    );
  }
  const isExact = exactPick !== null && best === exactPick.best;
  const whole = wholeWords(p.raw, best, edges);
  return {
    status: 'anchored',
    start: whole.start,
    end: whole.end,
    confidence: round(best.confidence),
    method: isExact ? 'exact' : 'fuzzy',
  };
}

/** Letters a fuzzy match's edge is moved by at most, to take in the rest of a word it cuts. */
const WORD_COMPLETION_MAX = 24;

/**
 * A fuzzy match of a quote that began and ended on word edges can still cut a word the edit
 * lengthened ("reckles" found inside "reckless"): such an end is moved to the word's edge, so the
 * highlight never stops inside a word the quote held whole.
 */
function wholeWords(
  raw: string,
  span: { start: number; end: number },
  edges: { start: boolean; end: boolean },
): { start: number; end: number } {
  let { start, end } = span;
  if (edges.end) {
    const limit = Math.min(raw.length, end + WORD_COMPLETION_MAX);
    let at = end;
    while (at < limit && WORD_CHAR.test(raw[at] ?? '') && WORD_CHAR.test(raw[at - 1] ?? ''))
      at += 1;
    if (at === raw.length || !WORD_CHAR.test(raw[at] ?? '')) end = at;
  }
  if (edges.start) {
    const limit = Math.max(0, start - WORD_COMPLETION_MAX);
    let at = start;
    while (at > limit && WORD_CHAR.test(raw[at - 1] ?? '') && WORD_CHAR.test(raw[at] ?? ''))
      at -= 1;
    if (at === 0 || !WORD_CHAR.test(raw[at - 1] ?? '')) start = at;
  }
  return { start, end };
}

/**
 * Finds the passage described by `target` in `body`. See the module comment for the strategy and
 * the confidence scale. Fast for many calls on the same body (it is prepared once and cached).
 */
export function reanchor(body: string, target: AnchorTarget): AnchorResult {
  return anchorPrepared(preparedFor(body), target);
}

/** Passages longer than this are not compared in place (Levenshtein is quadratic). */
const IN_PLACE_MAX = 600;

/** How far an end that fell in changed text is moved to find its word edge (units). */
const SNAP_WINDOW = 48;
/** How much of the quote's edge is compared when snapping an end. */
const SNAP_EDGE = 40;

const EDGE_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The kind of edge at `at`: whether a word character stands before it and after it. */
function edgeKind(text: string, at: number): string {
  const before = at > 0 && EDGE_WORD_CHAR.test(text[at - 1] ?? '');
  const after = at < text.length && EDGE_WORD_CHAR.test(text[at] ?? '');
  return `${before ? 'w' : '-'}${after ? 'w' : '-'}`;
}

/**
 * An end of a passage that fell inside changed text is mapped by the diff to the edge of the whole
 * changed run: a token such as "reckless." that became "recklesss." would drag the closing period
 * into the passage. Moves such an end, within the changed stretch, to the place of the same kind
 * (word end, word start…) as in the old text whose neighbourhood reads most like the quote's edge.
 */
function snapEnds(
  oldBody: string,
  oldStart: number,
  oldEnd: number,
  newBody: string,
  start: { at: number; exact: boolean },
  end: { at: number; exact: boolean },
  quote: string,
): { start: number; end: number } {
  let from = start.at;
  let to = end.at;
  const edge = Math.min(SNAP_EDGE, quote.length);
  if (!end.exact) {
    const kind = edgeKind(oldBody, oldEnd);
    const tail = normalizeFolded(quote.slice(quote.length - edge));
    let best = { at: to, cost: Number.POSITIVE_INFINITY };
    for (let at = to; at > from && at >= to - SNAP_WINDOW; at -= 1) {
      if (edgeKind(newBody, at) !== kind) continue;
      const cost = levenshtein(tail, normalizeFolded(newBody.slice(Math.max(from, at - edge), at)));
      if (cost < best.cost) best = { at, cost };
    }
    to = best.at;
  }
  if (!start.exact) {
    const kind = edgeKind(oldBody, oldStart);
    const head = normalizeFolded(quote.slice(0, edge));
    let best = { at: from, cost: Number.POSITIVE_INFINITY };
    for (let at = from; at < to && at <= from + SNAP_WINDOW; at += 1) {
      if (edgeKind(newBody, at) !== kind) continue;
      const cost = levenshtein(head, normalizeFolded(newBody.slice(at, Math.min(to, at + edge))));
      if (cost < best.cost) best = { at, cost };
    }
    from = best.at;
  }
  return { start: from, end: to };
}

/** A fuzzy anchoring of the quote at new [start, end), or null when it scores too low. */
function editedInPlace(
  p: Prepared,
  quote: TextQuoteSelector,
  start: number,
  end: number,
): AnchorResult | null {
  const was = normalizeFolded(quote.exact);
  const now = normalizeFolded(p.raw.slice(start, end));
  const longest = Math.max(was.length, now.length);
  if (longest === 0 || longest > IN_PLACE_MAX) return null;
  const textSim = 1 - levenshtein(was, now) / longest;
  const context = contextScore(p, contextOf(quote), start, end);
  const confidence = Math.min(FUZZY_CAP, textSim * (0.6 + 0.4 * context));
  if (confidence < ANCHOR_THRESHOLD) return null;
  return { status: 'anchored', start, end, confidence: round(confidence), method: 'fuzzy' };
}

/**
 * Re-anchors every target after the article's text changed from `oldBody` to `newBody`, in input
 * order. A diff (text-diff.ts: common head and tail, sentences matched even when moved, words
 * inside changed sentences) maps each stored position through the edit first:
 * - both ends in untouched text and the text between unchanged → 'position', confidence 1;
 * - the edit touched the passage but one end survived → scored in place ('fuzzy'), no search;
 * - otherwise (or when that scores below the threshold, or the stored quote does not match the
 *   old text) → {@link reanchor} with the mapped place as its hint. If that lands on text the edit
 *   left untouched but which stood elsewhere in the old text (an identical sentence, say), the
 *   passage is an orphan: the edit removed or rewrote it, and the look-alike is only its `best`.
 * Fuzzy searches share `options.searchBudget` (default {@link SEARCH_BUDGET}); once it is spent, a
 * passage is searched for only where the diff maps it, and else orphaned saying so.
 */
export function reanchorAll(
  oldBody: string,
  newBody: string,
  targets: readonly AnchorTarget[],
  options: { searchBudget?: number } = {},
): AnchorResult[] {
  const p = preparedFor(newBody);
  const kept = oldBody === newBody ? null : keptStretches(oldBody, newBody);
  const budget: SearchBudget = { left: options.searchBudget ?? SEARCH_BUDGET };
  const results = targets.map((target): AnchorResult => {
    const { position, quote } = target;
    if (kept === null || position === undefined) return anchorPrepared(p, target, budget);
    const { start, end } = position;
    const validOld =
      start >= 0 &&
      end <= oldBody.length &&
      start < end &&
      normalizeExact(oldBody.slice(start, end)) === normalizeExact(quote.exact);
    const mappedStart = mapOffset(kept, start, false);
    const mappedEnd = mapOffset(kept, end, true);
    const oneEndKept = mappedStart.exact || mappedEnd.exact;
    if (validOld && oneEndKept && mappedEnd.at > mappedStart.at) {
      const now = newBody.slice(mappedStart.at, mappedEnd.at);
      if (
        mappedStart.exact &&
        mappedEnd.exact &&
        normalizeExact(now) === normalizeExact(quote.exact)
      ) {
        return {
          status: 'anchored',
          start: mappedStart.at,
          end: mappedEnd.at,
          confidence: now === quote.exact ? 1 : 0.98,
          method: 'position',
        };
      }
      // The edit touched the passage but not both its ends: the diff says where it is, so it is
      // scored there (same formula as a fuzzy match) without a search.
      const snapped = snapEnds(oldBody, start, end, newBody, mappedStart, mappedEnd, quote.exact);
      const local = editedInPlace(p, quote, snapped.start, snapped.end);
      if (local !== null) return local;
    }
    const hintEnd = Math.max(mappedStart.at, mappedEnd.at);
    const result = anchorPrepared(
      p,
      { quote, position: { type: 'TextPositionSelector', start: mappedStart.at, end: hintEnd } },
      budget,
    );
    // The search found text the edit did not touch, which sat elsewhere in the old text: another
    // passage that was there all along (a repeated sentence, say), not this one, which the edit
    // removed or rewrote. Taking it would re-attach the code to a look-alike.
    if (validOld && result.status === 'anchored') {
      const oldStart = unmapOffset(kept, result.start, result.end);
      const oldEnd = oldStart === null ? null : oldStart + (result.end - result.start);
      // Overlapping the passage's own old place means it is (part of) the passage itself.
      if (oldStart !== null && oldEnd !== null && (oldEnd <= start || oldStart >= end)) {
        return {
          status: 'orphan',
          reason:
            'the passage was removed or rewritten; the same words elsewhere were there before the edit',
          best: { start: result.start, end: result.end, confidence: result.confidence },
        };
      }
    }
    return result;
  });
  return results;
}
