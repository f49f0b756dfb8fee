/**
 * Row building for alignment (steps 2–4 of the method in align.ts), on a graph of passages: each
 * node is a passage, `scores` holds the similarity of every pair of nodes from different articles
 * and `links` the pairs at or above the threshold, strongest first.
 */

/** Passages and their pairwise scores. */
export interface PassageGraph {
  /** Article (its position in the input) of each node. */
  articleOf: readonly number[];
  /** Row-major n × n similarity matrix; 0 for pairs of one article or sharing too little. */
  scores: Float32Array;
  /** Per node, the nodes it links to, strongest first. */
  links: readonly (readonly number[])[];
  threshold: number;
}

/** A row under construction: its nodes and, for each node after the first, why it joined. */
export interface WorkRow {
  members: number[];
  joins: { member: number; via: number; score: number }[];
}

/**
 * A passage joins a row when it links to one member (score ≥ threshold) and matches the row's
 * members from other articles on average at least this fraction of the threshold, so a row that
 * holds one fact does not absorb, link by link, a chain of passages about other things.
 */
const MEAN_FIT = 0.5;

interface Builder {
  graph: PassageGraph;
  rows: WorkRow[];
  rowOf: (WorkRow | null)[];
}

function score(graph: PassageGraph, i: number, j: number): number {
  return graph.scores[i * graph.articleOf.length + j] ?? 0;
}

/**
 * How well node `i` fits `row`: its best score against a member from another article (the "via" of
 * the reason) and its mean score against all of them.
 */
function fit(
  graph: PassageGraph,
  i: number,
  row: WorkRow,
): { best: number; mean: number; via: number } {
  let sum = 0;
  let count = 0;
  let via = -1;
  let best = 0;
  for (const m of row.members) {
    if (graph.articleOf[m] === graph.articleOf[i]) continue;
    const s = score(graph, i, m);
    sum += s;
    count++;
    if (via < 0 || s > best) {
      best = s;
      via = m;
    }
  }
  return { best, mean: count === 0 ? 0 : sum / count, via };
}

function join(b: Builder, i: number, row: WorkRow, via: number, joinScore: number): void {
  row.members.push(i);
  row.joins.push({ member: i, via, score: joinScore });
  b.rowOf[i] = row;
}

/** The best row, among those of `i`'s links accepted by `allow`, that `i` fits on average. */
function bestRow(
  b: Builder,
  i: number,
  allow: (row: WorkRow) => boolean,
): { row: WorkRow; score: number; via: number } | null {
  let found: { row: WorkRow; score: number; via: number } | null = null;
  for (const j of b.graph.links[i] ?? []) {
    const row = b.rowOf[j];
    if (!row || !allow(row)) continue;
    const f = fit(b.graph, i, row);
    const fits = f.best >= b.graph.threshold && f.mean >= MEAN_FIT * b.graph.threshold;
    if (fits && (found === null || f.best > found.score)) {
      found = { row, score: f.best, via: f.via };
    }
  }
  return found;
}

/** Steps 2–4: rows in pivot order, with the other passages joined or inserted where they fit. */
export function buildRows(graph: PassageGraph, pivot: number): WorkRow[] {
  const n = graph.articleOf.length;
  const b: Builder = { graph, rows: [], rowOf: new Array<WorkRow | null>(n).fill(null) };
  for (let i = 0; i < n; i++) {
    if (graph.articleOf[i] !== pivot) continue;
    const row: WorkRow = { members: [i], joins: [] };
    b.rows.push(row);
    b.rowOf[i] = row;
  }
  joinBestFirst(b);
  placeLeftovers(b);
  return b.rows;
}

/**
 * Step (3): the unplaced passage with the best-fitting placed row joins it, repeatedly. Each
 * passage's best candidate is cached and recomputed when a passage it links to is placed, or when it
 * comes out on top (a row's mean may have dropped since), so a story of long articles does not
 * rescan every passage after every join.
 */
function joinBestFirst(b: Builder): void {
  const n = b.graph.articleOf.length;
  const all = () => true;
  const cached = Array.from({ length: n }, (_, i) =>
    b.rowOf[i] === null ? bestRow(b, i, all) : null,
  );
  for (;;) {
    let pick = -1;
    for (let i = 0; i < n; i++) {
      const c = cached[i];
      if (c && (pick < 0 || c.score > (cached[pick]?.score ?? 0))) pick = i;
    }
    const candidate = cached[pick];
    if (pick < 0 || !candidate) return;
    const now = bestRow(b, pick, all);
    if (now === null || now.row !== candidate.row || now.score !== candidate.score) {
      cached[pick] = now;
      continue;
    }
    join(b, pick, now.row, now.via, now.score);
    cached[pick] = null;
    for (const j of b.graph.links[pick] ?? []) {
      if (b.rowOf[j] === null) cached[j] = bestRow(b, j, all);
    }
  }
}

/** Step (4): rows among the unplaced passages, inserted after their predecessor's row. */
function placeLeftovers(b: Builder): void {
  const leftover = new Set<WorkRow>();
  for (let i = 0; i < b.graph.articleOf.length; i++) {
    if (b.rowOf[i] !== null) continue;
    const found = bestRow(b, i, (row) => leftover.has(row));
    if (found) {
      join(b, i, found.row, found.via, found.score);
      continue;
    }
    const row: WorkRow = { members: [i], joins: [] };
    b.rowOf[i] = row;
    leftover.add(row);
    b.rows.splice(insertionPoint(b, i), 0, row);
  }
}

/**
 * Just after the row of the closest earlier passage of the same article; else just before the row of
 * the closest later one; else at the end.
 */
function insertionPoint(b: Builder, i: number): number {
  const article = b.graph.articleOf[i];
  for (let k = i - 1; k >= 0 && b.graph.articleOf[k] === article; k--) {
    const row = b.rowOf[k];
    if (row) return b.rows.indexOf(row) + 1;
  }
  for (let k = i + 1; k < b.graph.articleOf.length && b.graph.articleOf[k] === article; k++) {
    const row = b.rowOf[k];
    if (row) return b.rows.indexOf(row);
  }
  return b.rows.length;
}
