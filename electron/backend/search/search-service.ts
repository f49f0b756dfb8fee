/**
 * Quote search over the library, in two stages.
 *
 * 1. Candidates from the FTS5 index `passages_fts` (migration 1; kept in step with `passages` by
 *    triggers inside the import's own transaction, so it is incremental and persistent for free).
 *    The quote is looked up probe by probe — its words, then if needed its adjacent word pairs as
 *    phrases — each read with a LIMIT: a probe that fills the cap is common, costs a bounded amount
 *    and is remembered as common, so an OR over "the", "of", "и" never scans millions of postings.
 *    Passages are ranked by the summed IDF of the rare probes they hold (shared/search/candidates.ts).
 * 2. Verification of the best few hundred by approximate alignment (shared/search/verify.ts), which
 *    also yields the span to highlight; filters are applied in the same SQL that fetches them.
 */
import type { Database } from '../db/database.ts';
import {
  ftsExpression,
  pairProbes,
  rankCandidates,
  wordProbes,
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

export interface SearchServiceOptions {
  /** Postings read per probe at most; a probe reaching it counts as common. */
  probeCap?: number;
  /** Candidates verified at most per query. */
  verifyLimit?: number;
}

export interface SearchService {
  /** Runs one search; hits best first, grouped by article. */
  query(input: SearchQueryInput): SearchHit[];
  /** Forgets cached word statistics (after a large import or deletion). */
  invalidate(): void;
}

const defaultProbeCap = 2000;
const defaultVerifyLimit = 300;
const verifyChunk = 50;

/** Creates the search service over an open library; cheap: nothing is loaded up front. */
export function createSearchService(
  db: Database,
  options: SearchServiceOptions = {},
): SearchService {
  const probeCap = options.probeCap ?? defaultProbeCap;
  const verifyLimit = options.verifyLimit ?? defaultVerifyLimit;
  const probeStmt = db.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?');
  probeStmt.setReturnArrays(true);
  const maxIdStmt = db.prepare('SELECT coalesce(max(id), 0) AS n FROM passages');
  const fetcher = createPassageFetcher(db);
  /** Words known to fill the probe cap, valid while the library keeps about its size. */
  const commonWords = new Set<string>();
  let statsSize = -1;

  const passageCount = (): number => {
    const size = (maxIdStmt.get() as { n: number }).n;
    if (statsSize < 0 || Math.abs(size - statsSize) > statsSize * 0.1) {
      commonWords.clear();
      statsSize = size;
    }
    return size;
  };

  const runProbe = (probe: Probe): ProbeResult => {
    const rows = probeStmt.all(ftsExpression(probe), probeCap) as unknown as [number][];
    const ids = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i += 1) ids[i] = rows[i]?.[0] ?? 0;
    const isCapped = rows.length >= probeCap;
    if (isCapped && probe.words.length === 1) commonWords.add(probe.words[0] ?? '');
    return { probe, ids, isCapped };
  };

  const candidatesFor = (words: string[], total: number): Candidate[] => {
    const results = wordProbes(words, (w) => commonWords.has(w)).map(runProbe);
    let ranked = rankCandidates(results, total, verifyLimit * 4);
    // Too many passages tie at the top: the rare words alone cannot tell them apart; word pairs can.
    const topWeight = ranked[0]?.weight ?? 0;
    const tied = ranked.filter((c) => c.weight === topWeight).length;
    if (ranked.length === 0 || tied >= verifyLimit / 2) {
      const rare = new Set(
        results.filter((r) => !r.isCapped && r.ids.length > 0).map((r) => r.probe.words[0] ?? ''),
      );
      const pairs = pairProbes(words, tied >= verifyLimit / 2 ? new Set() : rare).map(runProbe);
      ranked = rankCandidates([...results, ...pairs], total, verifyLimit * 4);
    }
    return ranked;
  };

  return {
    invalidate() {
      commonWords.clear();
      statsSize = -1;
    },

    query(rawInput) {
      const input = searchQueryInput.parse(rawInput);
      const parsed = parseQuery(input.text);
      if (!parsed.skeleton) return [];
      const filter = mergeFilters(parsed, input);
      const total = passageCount();
      const candidates = candidatesFor(parsed.skeleton.split(' '), total);
      const topWeight = candidates[0]?.weight ?? 0;
      const hits: (SearchHit & { weight: number })[] = [];
      const exactArticles = new Set<string>();
      let verified = 0;
      for (let at = 0; at < candidates.length && verified < verifyLimit; at += verifyChunk) {
        const chunk = candidates.slice(at, at + verifyChunk);
        const weights = new Map(chunk.map((c) => [c.id, c.weight]));
        for (const row of fetcher.fetch(
          chunk.map((c) => c.id),
          filter,
        )) {
          verified += 1;
          const match = verifyPassage(parsed, row.text);
          if (!match) continue;
          if (match.similarity === 1) exactArticles.add(row.article);
          hits.push({
            article: row.article,
            title: row.title,
            outlet: row.outlet,
            language: row.language,
            published: row.published,
            passageIndex: row.passageIndex,
            passageStart: row.passageStart,
            start: row.passageStart + match.start,
            end: row.passageStart + match.end,
            text: row.text,
            score: Math.round(match.similarity * 10_000) / 10_000,
            weight: weights.get(row.id) ?? 0,
          });
        }
        // Exact occurrences cannot be beaten; weaker candidates only matter if we lack hits.
        if (exactArticles.size >= input.limit) break;
        const nextWeight = candidates[at + verifyChunk]?.weight ?? 0;
        if (hits.length >= input.limit && nextWeight < topWeight * 0.5) break;
      }
      return groupHits(hits, input.limit, input.perArticle).map(({ weight: _w, ...hit }) => hit);
    },
  };
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
