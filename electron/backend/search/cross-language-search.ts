/**
 * Cross-language "find elsewhere": passages in the other language that likely carry the same fact as
 * a selection, found through the glossary, names and numbers (shared/search/cross-language.ts).
 *
 * Work is bounded whatever the library size: at most `MAX_PROBE_TERMS` probes, each read from
 * `passages_fts` with a LIMIT (`probeCap`), already restricted to articles in the target languages;
 * passages are tallied by the weight of the probes they hold, and only the best `rankLimit` are
 * fetched and scored by the alignment similarity. Rarity weights come from a fixed sample of the
 * library (`backgroundSize` passages spread over it), taken once and again when the library has
 * doubled or halved, so their cost does not grow with the library either.
 */
import type { StatementSync } from 'node:sqlite';
import type { Database } from '../db/database.ts';
import { extractFeatures, type Feature } from '../../../shared/align/features.ts';
import { getDefaultGlossary, type Glossary } from '../../../shared/align/glossary.ts';
import {
  crossLanguageProbes,
  PROBE_WEIGHTS,
  rankCrossLanguage,
} from '../../../shared/search/cross-language.ts';
import type { CrossLanguageHit } from '../../../shared/search/search-schemas.ts';
import { createPassageFetcher } from './passage-fetcher.ts';

/** What to look up: the selection, its language when known, articles to leave out. */
export interface CrossLanguageQuery {
  text: string;
  language?: string | null;
  excludeArticleIds?: readonly string[];
  /** Hits wanted at most (one per article). */
  limit?: number;
}

/** Tuning knobs; tests shrink them. */
export interface CrossLanguageOptions {
  /** Postings read per probe at most. */
  probeCap?: number;
  /** Passages scored by similarity at most. */
  rankLimit?: number;
  /** Passages sampled from the library for rarity weights. */
  backgroundSize?: number;
  glossary?: Glossary;
}

/** The cross-language search over one open library. */
export interface CrossLanguageSearch {
  /** Candidates best first, one per article, each with the reason it matched. */
  query(input: CrossLanguageQuery): CrossLanguageHit[];
}

const defaultProbeCap = 150;
const defaultRankLimit = 80;
const defaultLimit = 10;
const defaultBackgroundSize = 300;

/** A background sample and the library size (highest passage id) it was taken at. */
interface Background {
  maxId: number;
  passages: { features: Feature[]; language: string }[];
}

/** Creates the search; statements are prepared once per number of target languages. */
export function createCrossLanguageSearch(
  db: Database,
  options: CrossLanguageOptions = {},
): CrossLanguageSearch {
  const probeCap = options.probeCap ?? defaultProbeCap;
  const rankLimit = options.rankLimit ?? defaultRankLimit;
  const glossary = options.glossary ?? getDefaultGlossary();
  const backgroundSize = options.backgroundSize ?? defaultBackgroundSize;
  const fetcher = createPassageFetcher(db);
  const maxIdStatement = db.prepare('SELECT coalesce(max(id), 0) AS maxId FROM passages');
  // Every stride-th passage id, looked up by rowid: spread over the library in import order,
  // deterministic, and no scan of the passages table (ids that were deleted are simply missing).
  const sampleStatement = db.prepare(`SELECT p.text AS text, coalesce(a.language, '') AS language
    FROM passages p JOIN articles a ON a.id = p.article_id
    WHERE p.id IN (SELECT value FROM json_each(?))`);
  let background: Background = { maxId: -1, passages: [] };
  const backgroundSample = (): Background['passages'] => {
    const { maxId } = maxIdStatement.get() as { maxId: number };
    const known = background.maxId;
    if (known < 0 || maxId > known * 2 || maxId * 2 < known || (maxId !== known && known < 50)) {
      const stride = Math.max(1, Math.floor(maxId / backgroundSize));
      const ids = Array.from({ length: backgroundSize }, (_, i) => (i + 1) * stride);
      const rows = sampleStatement.all(JSON.stringify(ids)) as unknown as {
        text: string;
        language: string;
      }[];
      background = {
        maxId,
        passages: rows.map((r) => ({
          features: extractFeatures(r.text, glossary),
          language: r.language,
        })),
      };
    }
    return background.passages;
  };
  const statements = new Map<number, StatementSync>();
  const probeStatement = (languages: number): StatementSync => {
    let statement = statements.get(languages);
    if (!statement) {
      // Language is matched on its base code (ru-RU is ru); excluded articles are left out here so
      // the LIMIT is spent on passages that can be shown.
      statement = db.prepare(`SELECT f.rowid AS id FROM passages_fts f
        JOIN passages p ON p.id = f.rowid JOIN articles a ON a.id = p.article_id
        WHERE passages_fts MATCH ?
          AND lower(substr(coalesce(a.language, ''), 1, 2)) IN (${Array(languages).fill('?').join(', ')})
          AND a.id NOT IN (SELECT value FROM json_each(?))
        LIMIT ?`);
      statement.setReturnArrays(true);
      statements.set(languages, statement);
    }
    return statement;
  };

  return {
    query(input) {
      const probes = crossLanguageProbes(input.text, input.language, glossary);
      if (probes.terms.length === 0) return [];
      const exclude = JSON.stringify(input.excludeArticleIds ?? []);
      const statement = probeStatement(probes.targetLanguages.length);
      const tally = new Map<number, number>();
      for (const term of probes.terms) {
        const rows = statement.all(
          term.expression,
          ...probes.targetLanguages,
          exclude,
          probeCap,
        ) as unknown as [number][];
        // A probe that fills its cap is common: it still counts, but for less.
        const weight = PROBE_WEIGHTS[term.kind] * (rows.length >= probeCap ? 0.25 : 1);
        for (const [id] of rows) tally.set(id, (tally.get(id) ?? 0) + weight);
      }
      const ids = [...tally]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, rankLimit)
        .map(([id]) => id);
      const passages = fetcher.fetch(ids, {
        outlets: [],
        languages: [],
        publishedFrom: null,
        publishedTo: null,
        articleIds: null,
        excludeArticleIds: [],
      });
      const ranked = rankCrossLanguage(
        { text: input.text, language: probes.language },
        passages.map((p) => ({ text: p.text, language: p.language, item: p })),
        glossary,
        { background: backgroundSample() },
      );
      const seen = new Set<string>();
      const hits: CrossLanguageHit[] = [];
      for (const { item: p, score, reason } of ranked) {
        if (seen.has(p.article)) continue;
        seen.add(p.article);
        hits.push({
          article: p.article,
          title: p.title,
          outlet: p.outlet,
          language: p.language,
          published: p.published,
          passageIndex: p.passageIndex,
          passageStart: p.passageStart,
          // No span is aligned across languages: the whole passage is the match.
          start: p.passageStart,
          end: p.passageStart + p.text.length,
          text: p.text,
          score: Math.round(score * 1000) / 1000,
          crossLanguage: true,
          reason,
        });
        if (hits.length >= (input.limit ?? defaultLimit)) break;
      }
      return hits;
    },
  };
}
