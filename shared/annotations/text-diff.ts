/**
 * What an edit kept: the stretches of an article's text that are the same in two versions, moved
 * ones included, so that stored offsets can be mapped through the edit (see reanchorAll in
 * anchor.ts). Offsets are UTF-16 units into the bodies.
 *
 * 1. The common head and tail, word by word (most edits are local: the rest is then small).
 * 2. The rest is cut into chunks: sentences (ending in . ! ? … before a space, closing quotes
 *    included) or lines, and the whitespace between them.
 * 3. Chunks that occur exactly once in each version are the same text: those still in order (the
 *    longest increasing run, as in patience diff) split the rest into gaps; the others moved.
 * 4. A copy of a repeated chunk is matched when a matched neighbour vouches for it (the chunk
 *    beside it in the old text still has a copy of it beside it in the new text).
 * 5. In each gap, a word diff: words found once on each side and in order split it again, and a
 *    Myers diff runs between them. Moved chunks and the unvouched copies of repeated ones never
 *    match here: which copy of a repeated sentence is which is for the context to tell (the
 *    search in anchor.ts), not for the order of the copies.
 *
 * Each Myers diff has an edit budget; past it, that part of the text is left unmapped (passages in
 * it are searched for instead). A plain word diff of a reordered article (paragraphs reversed, say)
 * needs thousands of edits and took seconds; here the moves are found in one pass.
 */
import { diffArrays } from 'diff';

/** An unchanged stretch: old [oldStart, oldStart + length) = new [newStart, newStart + length). */
export interface Kept {
  oldStart: number;
  newStart: number;
  length: number;
}

/** The same stretches (disjoint on both sides), by old offset and by new offset. */
export interface KeptMap {
  byOld: Kept[];
  byNew: Kept[];
}

const TOKEN = /\s+|[^\s]+/g;

/** Myers diff budget between two word anchors (edits; its cost grows with their square). */
const MAX_WORD_EDITS = 400;

const SENTENCE_END = '.!?…';
const CLOSERS = '"\'»”’)]';

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/** A chunk of a body: its text and where it starts. */
interface Piece {
  text: string;
  start: number;
  blank: boolean;
}

function endsSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && CLOSERS.includes(text[k] ?? '')) k -= 1;
  return k >= 0 && SENTENCE_END.includes(text[k] ?? '');
}

/** Sentences or lines and the whitespace between them; together exactly `text`. */
export function chunksOf(text: string, base = 0): Piece[] {
  const out: Piece[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    const blank = isSpace(text.charCodeAt(i));
    if (blank) {
      while (j < n && isSpace(text.charCodeAt(j))) j += 1;
    } else {
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 10 || c === 13) break;
        if (isSpace(c) && endsSentence(text, j)) break;
        j += 1;
      }
    }
    out.push({ text: text.slice(i, j), start: base + i, blank });
    i = j;
  }
  return out;
}

/** Indices (into `values`) of a longest strictly increasing subsequence. */
function longestIncreasing(values: number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = prev[i] ?? -1) out.push(i);
  return out.reverse();
}

/** A unit of the chunk diff: a chunk, or a run of chunks that must not match (one key). */
interface Unit {
  key: string;
  start: number;
  length: number;
  /** Never equal to a unit of the other side. */
  sealed: boolean;
}

function unitsOf(pieces: Piece[], from: number, to: number, sealed: Set<number>, side: string) {
  const out: Unit[] = [];
  for (let i = from; i < to; i += 1) {
    const p = pieces[i] as Piece;
    const isSealed = sealed.has(i);
    const last = out[out.length - 1];
    // Sealed chunks, and the spaces between them, make one unit: fewer units, a cheaper diff.
    if (last?.sealed && (isSealed || (p.blank && sealed.has(i + 1)))) {
      last.length = p.start + p.text.length - last.start;
      continue;
    }
    out.push({
      key: isSealed ? `\u0000${side}${i}` : p.text,
      start: p.start,
      length: p.text.length,
      sealed: isSealed,
    });
  }
  return out;
}

/** Words of units (a sealed unit stays one token), with their offsets. */
function tokensOf(body: string, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (u.sealed) {
      out.push(u);
      continue;
    }
    const text = body.slice(u.start, u.start + u.length);
    for (const m of text.matchAll(TOKEN)) {
      out.push({ key: m[0], start: u.start + m.index, length: m[0].length, sealed: false });
    }
  }
  return out;
}

/** Diffs two unit lists (Myers, within `maxEdits`); equal units become kept stretches. */
function diffUnits(a: Unit[], b: Unit[], maxEdits: number, kept: Kept[]): void {
  if (a.length === 0 || b.length === 0) return;
  // Units only one side has are edits whatever the alignment: when there are more of them than
  // the budget allows, Myers would spend its whole budget to fail.
  if (a.length + b.length - 2 * commonCount(a, b) > maxEdits) return;
  const parts = diffArrays(
    a.map((u) => u.key),
    b.map((u) => u.key),
    { maxEditLength: maxEdits },
  );
  if (parts === undefined) return;
  let ia = 0;
  let ib = 0;
  for (const part of parts) {
    if (part.removed) ia += part.count;
    else if (part.added) ib += part.count;
    else {
      for (let k = 0; k < part.count; k += 1) {
        const ua = a[ia + k] as Unit;
        const ub = b[ib + k] as Unit;
        kept.push({ oldStart: ua.start, newStart: ub.start, length: ua.length });
      }
      ia += part.count;
      ib += part.count;
    }
  }
}

/** How many units the two lists share, counted as multisets (an upper bound of the LCS). */
function commonCount(a: Unit[], b: Unit[]): number {
  const counts = new Map<string, number>();
  for (const u of a) counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
  let common = 0;
  for (const u of b) {
    const c = counts.get(u.key) ?? 0;
    if (c > 0) {
      common += 1;
      counts.set(u.key, c - 1);
    }
  }
  return common;
}

/** Pairs of indices of the values found exactly once in each list (`skip` aside), in `a` order. */
function uniquePairs<T extends { blank?: boolean; sealed?: boolean }>(
  a: T[],
  b: T[],
  key: (x: T) => string,
): [number, number][] {
  const counts = new Map<string, [number, number, number]>();
  const usable = (x: T) => x.blank !== true && x.sealed !== true;
  a.forEach((x) => {
    if (!usable(x)) return;
    const c = counts.get(key(x)) ?? [0, 0, -1];
    c[0] += 1;
    counts.set(key(x), c);
  });
  b.forEach((x, j) => {
    if (!usable(x)) return;
    const c = counts.get(key(x));
    if (c === undefined) return;
    c[1] += 1;
    c[2] = j;
  });
  const pairs: [number, number][] = [];
  a.forEach((x, i) => {
    const c = usable(x) ? counts.get(key(x)) : undefined;
    if (c !== undefined && c[0] === 1 && c[1] === 1) pairs.push([i, c[2]]);
  });
  return pairs;
}

/**
 * Word diff of a gap: words found once on each side and still in order split it (patience diff
 * again, one level down), and a budgeted Myers diff runs between them. A rewritten sentence or
 * a whole article lower-cased thus costs little, where one Myers diff of the gap could not finish.
 */
function diffWords(a: Unit[], b: Unit[], kept: Kept[]): void {
  const blank = (u: Unit) => /^\s/.test(u.key);
  const pairs = uniquePairs(
    a.map((u) => ({ key: u.key, blank: blank(u), sealed: u.sealed })),
    b.map((u) => ({ key: u.key, blank: blank(u), sealed: u.sealed })),
    (x) => x.key,
  );
  const anchors = longestIncreasing(pairs.map((pair) => pair[1])).map(
    (k) => pairs[k] as [number, number],
  );
  let fromA = 0;
  let fromB = 0;
  for (const [ai, bi] of [...anchors, [a.length, b.length] as [number, number]]) {
    diffUnits(a.slice(fromA, ai), b.slice(fromB, bi), MAX_WORD_EDITS, kept);
    const ua = a[ai];
    const ub = b[bi];
    if (ua !== undefined && ub !== undefined) {
      kept.push({ oldStart: ua.start, newStart: ub.start, length: ua.length });
    }
    fromA = ai + 1;
    fromB = bi + 1;
  }
}

function countChunks(pieces: Piece[], into: Map<string, [number, number]>, side: 0 | 1) {
  for (const p of pieces) {
    if (p.blank) continue;
    const c = into.get(p.text) ?? [0, 0];
    c[side] += 1;
    into.set(p.text, c);
  }
}

/** The nearest chunk before (step −1) or after (step 1) index i that is not whitespace. */
function wordy(pieces: Piece[], i: number, step: 1 | -1): number {
  let k = i + step;
  while (k >= 0 && k < pieces.length && (pieces[k] as Piece).blank) k += step;
  return k;
}

/**
 * Pairs copies of repeated chunks whose neighbour (the chunk before or after) is a matched chunk
 * that still has a copy of the same text beside it in the new text: a repeated sentence that moved
 * with its paragraph, or stayed in place. Other copies stay unmatched (searched by context);
 * a copy the edit removed is then not mistaken for one that was there all along.
 */
function pairRepeated(
  a: Piece[],
  b: Piece[],
  unique: [number, number][],
  repeated: (p: Piece) => boolean,
  kept: Kept[],
): void {
  const toB = new Map<number, number>(unique);
  const takenB = new Set<number>(unique.map((pair) => pair[1]));
  // Chains of repeated chunks pair one link per pass.
  for (let pass = 0; pass < 4; pass += 1) {
    let added = 0;
    a.forEach((p, i) => {
      if (toB.has(i) || !repeated(p)) return;
      const viaLeft = toB.get(wordy(a, i, -1));
      const viaRight = toB.get(wordy(a, i, 1));
      const left = viaLeft === undefined ? -1 : wordy(b, viaLeft, 1);
      const right = viaRight === undefined ? -1 : wordy(b, viaRight, -1);
      const fits = (j: number) => j >= 0 && j < b.length && b[j]?.text === p.text && !takenB.has(j);
      const candidates = [left, right].filter(fits);
      const j = candidates[0];
      // Two neighbours that point at different copies: the context does not tell.
      if (j === undefined || candidates.some((c) => c !== j)) return;
      toB.set(i, j);
      takenB.add(j);
      kept.push({ oldStart: p.start, newStart: (b[j] as Piece).start, length: p.text.length });
      added += 1;
    });
    if (added === 0) break;
  }
}

/** Kept stretches of the (already unequal) middles old[oldFrom, oldTo) and new[newFrom, newTo). */
function keptInMiddle(
  oldBody: string,
  newBody: string,
  oldFrom: number,
  oldTo: number,
  newFrom: number,
  newTo: number,
  kept: Kept[],
): void {
  const a = chunksOf(oldBody.slice(oldFrom, oldTo), oldFrom);
  const b = chunksOf(newBody.slice(newFrom, newTo), newFrom);
  const counts = new Map<string, [number, number]>();
  countChunks(a, counts, 0);
  countChunks(b, counts, 1);
  const once = (p: Piece) => {
    const c = counts.get(p.text);
    return c !== undefined && c[0] === 1 && c[1] === 1;
  };
  // Chunks found once on each side, in old order; those out of the increasing run have moved.
  const indexInB = new Map<string, number>();
  b.forEach((p, i) => {
    if (!p.blank && once(p)) indexInB.set(p.text, i);
  });
  const pairs: [number, number][] = [];
  a.forEach((p, i) => {
    const j = p.blank ? undefined : indexInB.get(p.text);
    if (j !== undefined && once(p)) pairs.push([i, j]);
  });
  const inOrder = longestIncreasing(pairs.map((pair) => pair[1]));
  const anchors = inOrder.map((k) => pairs[k] as [number, number]);
  const sealedA = new Set<number>();
  const sealedB = new Set<number>();
  const anchorSet = new Set(inOrder);
  pairs.forEach(([i, j], k) => {
    const pa = a[i] as Piece;
    kept.push({ oldStart: pa.start, newStart: (b[j] as Piece).start, length: pa.text.length });
    if (!anchorSet.has(k)) {
      sealedA.add(i);
      sealedB.add(j);
    }
  });
  // Repeated chunks are sealed too: which copy is which is told by the context, not the order.
  const repeated = (p: Piece) => {
    const c = p.blank ? undefined : counts.get(p.text);
    return c !== undefined && (c[0] > 1 || c[1] > 1);
  };
  a.forEach((p, i) => {
    if (repeated(p)) sealedA.add(i);
  });
  b.forEach((p, j) => {
    if (repeated(p)) sealedB.add(j);
  });
  pairRepeated(a, b, pairs, repeated, kept);
  // The gaps between anchors: a word diff each.
  let fromA = 0;
  let fromB = 0;
  for (const [ai, bi] of [...anchors, [a.length, b.length] as [number, number]]) {
    const ua = unitsOf(a, fromA, ai, sealedA, 'a');
    const ub = unitsOf(b, fromB, bi, sealedB, 'b');
    if (ua.length > 0 && ub.length > 0) {
      diffWords(tokensOf(oldBody, ua), tokensOf(newBody, ub), kept);
    }
    fromA = ai + 1;
    fromB = bi + 1;
  }
}

/** Kept stretches between two bodies: the common head and tail, then see the module comment. */
export function keptStretches(oldBody: string, newBody: string): KeptMap {
  const a = oldBody.match(TOKEN) ?? [];
  const b = newBody.match(TOKEN) ?? [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail += 1;
  }
  const headLength = a.slice(0, head).join('').length;
  const tailLength = a.slice(a.length - tail).join('').length;
  const kept: Kept[] = [];
  if (headLength > 0) kept.push({ oldStart: 0, newStart: 0, length: headLength });
  keptInMiddle(
    oldBody,
    newBody,
    headLength,
    oldBody.length - tailLength,
    headLength,
    newBody.length - tailLength,
    kept,
  );
  if (tailLength > 0) {
    kept.push({
      oldStart: oldBody.length - tailLength,
      newStart: newBody.length - tailLength,
      length: tailLength,
    });
  }
  kept.sort((x, y) => x.oldStart - y.oldStart);
  // Neighbours on both sides join into one stretch.
  const byOld: Kept[] = [];
  for (const k of kept) {
    const last = byOld[byOld.length - 1];
    if (
      last !== undefined &&
      last.oldStart + last.length === k.oldStart &&
      last.newStart + last.length === k.newStart
    ) {
      last.length += k.length;
    } else if (k.length > 0) {
      byOld.push({ ...k });
    }
  }
  return { byOld, byNew: [...byOld].sort((x, y) => x.newStart - y.newStart) };
}

/**
 * Maps an old offset to the new body: exactly inside kept text; else (the offset fell in changed
 * text) to the edge of the changed run, so that the span covers what replaced it.
 */
export function mapOffset(
  map: KeptMap,
  offset: number,
  isEnd: boolean,
): { at: number; exact: boolean } {
  const kept = map.byOld;
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = kept[mid] as Kept;
    const last = k.oldStart + k.length;
    if (isEnd ? last < offset : last <= offset) lo = mid + 1;
    else hi = mid;
  }
  const k = kept[lo];
  if (k === undefined) {
    const prev = kept[kept.length - 1];
    return { at: prev === undefined ? 0 : prev.newStart + prev.length, exact: false };
  }
  const inside = isEnd ? offset > k.oldStart : offset >= k.oldStart;
  if (inside) return { at: k.newStart + (offset - k.oldStart), exact: true };
  if (isEnd) return { at: k.newStart, exact: false };
  // A start inside changed text: the changed run's start in the new text.
  const prev = kept[lo - 1];
  return { at: prev === undefined ? 0 : prev.newStart + prev.length, exact: false };
}

/** The old offset of new span [start, end) when it lies inside one kept stretch, else null. */
export function unmapOffset(map: KeptMap, start: number, end: number): number | null {
  const kept = map.byNew;
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = kept[mid] as Kept;
    if (k.newStart + k.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const k = kept[lo];
  if (k === undefined || start < k.newStart || end > k.newStart + k.length) return null;
  return k.oldStart + (start - k.newStart);
}
