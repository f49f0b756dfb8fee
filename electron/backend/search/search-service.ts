/**
 * Quote search over the library, in two stages.
 *
 * 1. Candidates. The quote is looked up probe by probe (shared/search/candidates.ts): its word-pair
 *    keys in the pair index `search_pairs` (migration 2, kept by search-index.ts) and its words in
 *    the FTS5 index `passages_fts` (migration 1, kept by triggers). Each probe is read with a LIMIT:
 *    one that fills it is common, costs a bounded amount and is remembered as common, so the
 *    postings of "the", "of", "и" are never scanned. Passages are ranked by the summed IDF of the
 *    rare probes they hold.
 * 2. Verification of the best hundred or so by approximate alignment (shared/search/verify.ts),
 *    which also yields the span to highlight; filters are applied in the SQL that fetches them, and
 *    verification stops early once better hits cannot come.
 */
import type { StatementSync } from 'node:sqlite';
import type { Database } from '../db/database.ts';
import {
  allOfExpression,
  allPairsBonus,
  ftsExpression,
  prefixProbe,
  queryProbes,
  rankCandidates,
  type Candidate,
  type Probe,
  type ProbeResult,
} from '../../../shared/search/candidates.ts';
import { groupHits } from '../../../shared/search/group-hits.ts';
import { parseQuery, type ParsedQuery } from '../../../shared/search/parse-query.ts';
import {
  searchQueryInput,
  type SearchHit,
  type SearchQueryInput,
} from '../../../shared/search/search-schemas.ts';
import { verifyPassage } from '../../../shared/search/verify.ts';
import { createPassageFetcher, type PassageFilter } from './passage-fetcher.ts';
import { indexPendingPassages } from './search-index.ts';
import { createTermCorrector, type TermCorrector } from './term-corrector.ts';

/** Tuning knobs; the defaults are the benchmarked ones, tests shrink them to force rare paths. */
export interface SearchServiceOptions {
  /** Postings read per probe at most; a probe reaching it counts as common. */
  probeCap?: number;
  /** Candidates verified at most per query. */
  verifyLimit?: number;
}

/** The backend's quote search over one open library. */
export interface SearchService {
  /** Runs one search; hits best first, grouped by article. */
  query(input: SearchQueryInput): SearchHit[];
  /** Forgets cached statistics (after a large import or deletion). */
  invalidate(): void;
}

const defaultProbeCap = 2000;
const defaultVerifyLimit = 150;
const verifyChunk = 20;
/** Candidates weighing less than this share of the best one are not verified once a hit exists. */
const minWeightShare = 0.6;
/** In the all-common case: how many pair probes are read further, and how much further. */
const deepProbes = 6;
const deepFactor = 10;
/** Queued passages indexed before a query at most; the import path indexes its own batches. */
const catchUpLimit = 500;
/** Remembered common probes at most, so memory stays bounded whatever is typed. */
const maxCommonProbes = 200_000;

/** Creates the search service over an open library; cheap: nothing is loaded up front. */
export function createSearchService(
  db: Database,
  options: SearchServiceOptions = {},
): SearchService {
  const probeCap = options.probeCap ?? defaultProbeCap;
  const verifyLimit = options.verifyLimit ?? defaultVerifyLimit;
  const arrays = (sql: string): StatementSync => {
    const statement = db.prepare(sql);
    statement.setReturnArrays(true);
    return statement;
  };
  const probeStatements = {
    word: arrays('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?'),
    pair: arrays('SELECT rowid FROM search_pairs WHERE search_pairs MATCH ? LIMIT ?'),
    prefix: arrays('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?'),
  };
  const maxIdStmt = db.prepare('SELECT coalesce(max(id), 0) AS n FROM passages');
  const pendingStmt = db.prepare('SELECT 1 AS pending FROM search_pending LIMIT 1');
  const fetcher = createPassageFetcher(db);
  let termCorrector: TermCorrector | null = null;
  const corrector = () => (termCorrector ??= createTermCorrector(db));
  /** Probes known to fill the cap, valid while the library keeps about its size. */
  const common = new Set<string>();
  /** Probes known to fill even the deeper cap of the all-common case. */
  const veryCommon = new Set<string>();
  let statsSize = -1;
  const probeId = (probe: Probe) => `${probe.kind}:${probe.token}`;

  const passageCount = (): number => {
    const size = (maxIdStmt.get() as { n: number }).n;
    if (statsSize < 0 || Math.abs(size - statsSize) > statsSize * 0.1) {
      common.clear();
      veryCommon.clear();
      statsSize = size;
    }
    return size;
  };

  const runProbe = (probe: Probe, cap = probeCap): ProbeResult => {
    const rows = probeStatements[probe.kind].all(ftsExpression(probe), cap) as unknown as [
      number,
    ][];
    const ids = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i += 1) ids[i] = rows[i]?.[0] ?? 0;
    const isCapped = rows.length >= cap;
    const seen = cap === probeCap ? common : veryCommon;
    if (isCapped && seen.size < maxCommonProbes) seen.add(probeId(probe));
    return { probe, ids, isCapped };
  };

  const catchUp = () => {
    if (db.isTransaction || !pendingStmt.get()) return;
    // Never wait for the write lock: a query must not stall behind an import.
    const timeout = (db.prepare('PRAGMA busy_timeout').get() as { timeout: number }).timeout;
    db.exec('PRAGMA busy_timeout = 0');
    try {
      indexPendingPassages(db, catchUpLimit);
    } catch {
      // Another connection is writing (an import): its batches index themselves; search on.
    } finally {
      db.exec(`PRAGMA busy_timeout = ${Number(timeout) || 0}`);
    }
  };

  /** Passages holding every pair of the quote that exists in the library (see allPairsBonus). */
  const allPairsProbe = (words: string[], results: ProbeResult[]): ProbeResult | null => {
    const found = new Map(results.map((r) => [probeId(r.probe), r]));
    const present = queryProbes(words, (p) => p.kind === 'word')
      .map((probe) => ({ probe, size: sizeOf(found.get(probeId(probe)), probe) }))
      .filter((p) => p.size > 0)
      .sort((a, b) => a.size - b.size);
    if (present.length < 2) return null;
    const expression = allOfExpression(present.map((p) => p.probe));
    const rows = probeStatements.pair.all(expression, probeCap) as unknown as [number][];
    // A full list is a stock phrase's prefix, not the quote's passages: no better than the rest.
    if (rows.length === 0 || rows.length >= probeCap) return null;
    const ids = Float64Array.from(rows, (row) => row[0]);
    return {
      probe: { kind: 'pair', token: expression },
      ids,
      isCapped: false,
      weight: allPairsBonus,
    };
  };

  /** A probe's known list size: its result's, or the cap for one skipped as common. */
  const sizeOf = (result: ProbeResult | undefined, probe: Probe): number =>
    result ? result.ids.length : common.has(probeId(probe)) ? probeCap : 0;

  const candidatesFor = (
    words: string[],
    total: number,
    prefix: Probe | null,
    isCorrected = false,
  ): Candidate[] => {
    const probes = queryProbes(words, (probe) => common.has(probeId(probe)));
    const results = probes.map((probe) => runProbe(probe));
    // As the user types, the last word may be unfinished: look it up as a prefix if it is no word.
    const lastWord = results.find(
      (r) => r.probe.kind === 'word' && r.probe.token === prefix?.token,
    );
    if (prefix && lastWord?.ids.length === 0) results.push(runProbe(prefix));
    const allPairs = allPairsProbe(words, results);
    if (allPairs) return rankCandidates([...results, allPairs], total, verifyLimit * 4);
    if (results.some((r) => !r.isCapped && r.ids.length > 0)) {
      return rankCandidates(results, total, verifyLimit * 4);
    }
    // Every probe is common: a stock phrase, or the quote's rare words are the misspelt ones.
    // Try the quote with those words corrected against the vocabulary first.
    if (!isCorrected) {
      const missing = new Set(
        results
          .filter((r) => r.probe.kind === 'word' && r.ids.length === 0)
          .map((r) => r.probe.token),
      );
      const corrected = words.map((w) => (missing.has(w) ? (corrector().correct(w) ?? w) : w));
      if (corrected.some((w, i) => w !== words[i])) {
        const ranked = candidatesFor(corrected, total, null, true);
        if (ranked.length > 0 && (ranked[0]?.weight ?? 0) > 1) return ranked;
      }
    }
    // Else read a few pairs further, so their frequencies can rank.
    const deeper = queryProbes(words, (p) => p.kind === 'word' || veryCommon.has(probeId(p)))
      .slice(0, deepProbes)
      .map((probe) => runProbe(probe, probeCap * deepFactor));
    return rankCandidates([...results, ...deeper], total, verifyLimit * 4);
  };

  return {
    invalidate() {
      common.clear();
      veryCommon.clear();
      statsSize = -1;
    },

    query(rawInput) {
      const input = searchQueryInput.parse(rawInput);
      const parsed = parseQuery(input.text);
      if (!parsed.skeleton) return [];
      catchUp();
      const filter = mergeFilters(parsed, input);
      const words = parsed.skeleton.split(' ');
      const candidates = candidatesFor(words, passageCount(), prefixProbe(input.text, words));
      return verifyCandidates(candidates, parsed, filter, input.limit, input.perArticle);
    },
  };

  function verifyCandidates(
    candidates: Candidate[],
    parsed: ParsedQuery,
    filter: PassageFilter,
    limit: number,
    perArticle: number,
  ): SearchHit[] {
    const topWeight = candidates[0]?.weight ?? 0;
    const hits: (SearchHit & { weight: number })[] = [];
    const exactArticles = new Set<string>();
    let verified = 0;
    for (let at = 0; at < candidates.length && verified < verifyLimit; at += verifyChunk) {
      const chunk = candidates.slice(at, at + Math.min(verifyChunk, verifyLimit - verified));
      const weights = new Map(chunk.map((c) => [c.id, c.weight]));
      for (const row of fetcher.fetch(
        chunk.map((c) => c.id),
        filter,
      )) {
        verified += 1;
        const match = verifyPassage(parsed, row.text);
        if (!match) continue;
        if (match.similarity === 1) exactArticles.add(row.article);
        const { id: _id, ...fields } = row;
        hits.push({
          ...fields,
          start: row.passageStart + match.start,
          end: row.passageStart + match.end,
          score: Math.round(match.similarity * 10_000) / 10_000,
          weight: weights.get(row.id) ?? 0,
        });
      }
      // Exact occurrences cannot be beaten. A candidate holding well under the best one's share of
      // rare probes is missing several words of the quote: it is no closer than the hits in hand.
      if (exactArticles.size >= limit) break;
      const nextWeight = candidates[at + verifyChunk]?.weight ?? 0;
      if (hits.length > 0 && nextWeight < topWeight * minWeightShare) break;
    }
    return groupHits(hits, limit, perArticle).map(({ weight: _w, ...hit }) => hit);
  }
}

function mergeFilters(
  parsed: ParsedQuery,
  input: ReturnType<typeof searchQueryInput.parse>,
): PassageFilter {
  return {
    outlets: [...(input.outlets ?? []), ...parsed.filters.outlets],
    languages: [...(input.languages ?? []), ...parsed.filters.languages],
    publishedFrom: input.publishedFrom ?? parsed.filters.publishedFrom,
    publishedTo: input.publishedTo ?? parsed.filters.publishedTo,
    articleIds: input.articleIds ?? null,
    excludeArticleIds: input.excludeArticleIds ?? [],
  };
}
