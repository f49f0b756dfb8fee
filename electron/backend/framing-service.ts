/**
 * Framing cues of 1–6 articles as one flat list (the CLI's and the report's shape): lexicon cues,
 * quotes with speakers, credited sources, each passage's leading frame dimension, and
 * contradictions between passages that the alignment put on one row.
 */
import {
  articleVoices,
  contradictions,
  detectCues,
  frameProfile,
  type FrameDimension,
  type Lexicons,
} from '../../shared/framing/index.ts';
import { entryLanguage } from '../../shared/framing/lexicons.ts';
import { ApiFailure } from '../../shared/api/envelope.ts';
import type { Output } from '../../shared/api/contract.ts';
import type { ArticleDetail } from '../../shared/api/schemas.ts';
import { pairRows } from '../../shared/framing-report/summary.ts';
import type { ArticlesRepo } from './articles-repo.ts';
import { compareArticles } from './compare-service.ts';

export type FramingCue = Output<'framing.analyze'>[number];

function lexiconCues(detail: ArticleDetail, lexicons: Lexicons): FramingCue[] {
  const { article, body } = detail;
  return detectCues(body, article.language, lexicons).map((cue) => {
    const extra = [cue.side && `side: ${cue.side}`, cue.stance, cue.negated && 'negated']
      .filter(Boolean)
      .join(', ');
    return {
      article: article.id,
      kind: cue.kind,
      start: cue.start,
      end: cue.end,
      text: cue.text,
      detail: extra ? `${cue.why} (${extra})` : cue.why,
      entryId: cue.entryId,
      language: entryLanguage(lexicons, article.language, cue.kind, cue.entryId) ?? undefined,
      lexiconKind: cue.kind,
    };
  });
}

function voiceCues(detail: ArticleDetail, lexicons: Lexicons): FramingCue[] {
  const { article, body } = detail;
  const voices = articleVoices(body, article.language ?? 'en', {
    lexicons,
    ...(article.outlet ? { outlet: article.outlet } : {}),
  });
  const quotes = voices.quotes.map((q) => ({
    article: article.id,
    kind: 'quote' as const,
    start: q.start,
    end: q.end,
    text: q.text,
    detail: `${q.kind} quote; speaker: ${q.speaker ?? 'unknown'}${q.speakerSide ? ` (${q.speakerSide})` : ''}`,
  }));
  const sources = voices.credits.map((name) => {
    const at = body.indexOf(name);
    return {
      article: article.id,
      kind: 'source' as const,
      start: Math.max(at, 0),
      end: at < 0 ? 0 : at + name.length,
      text: name,
      detail: `credited source: ${name}`,
    };
  });
  return [...quotes, ...sources];
}

function frameCues(detail: ArticleDetail, lexicons: Lexicons): FramingCue[] {
  const profile = frameProfile(
    detail.passages.map((p) => p.text),
    detail.article.language,
    lexicons,
  );
  return detail.passages.flatMap((passage, i) => {
    const counts = Object.entries(profile.passages[i] ?? {}) as [FrameDimension, number][];
    const top = counts.sort((a, b) => b[1] - a[1])[0];
    if (!top) return [];
    return [
      {
        article: detail.article.id,
        kind: 'frame' as const,
        start: passage.start,
        end: passage.end,
        text: passage.text,
        detail: `frame: ${top[0]} (${top[1]} keyword hits)`,
      },
    ];
  });
}

function contradictionCues(repo: ArticlesRepo, details: ArticleDetail[]): FramingCue[] {
  if (details.length < 2) return [];
  const compared = compareArticles(
    repo,
    details.map((d) => d.article.id),
  );
  // Each pair aligned on its own as well: the story's alignment can put two passages that
  // contradict each other on different rows when the pivot reports neither.
  const pairs = pairRows(
    details.map((d) => ({
      id: d.article.id,
      title: d.article.title,
      outlet: d.article.outlet,
      language: d.article.language,
      published: d.article.published,
      url: d.article.url,
      body: d.body,
      passages: d.passages,
    })),
  );
  const seen = new Set<string>();
  const byId = new Map(details.map((d) => [d.article.id, d]));
  const cues: FramingCue[] = [];
  for (const row of [...compared.rows, ...pairs]) {
    const filled = Object.entries(row.cells).filter(([, indices]) => indices.length > 0);
    for (let a = 0; a < filled.length; a += 1) {
      for (let b = a + 1; b < filled.length; b += 1) {
        const [idA, passagesA] = filled[a]!;
        const [idB, passagesB] = filled[b]!;
        for (const pa of passagesA) {
          for (const pb of passagesB) {
            const A = byId.get(idA)!.passages[pa]!;
            const B = byId.get(idB)!.passages[pb]!;
            for (const c of contradictions(A.text, B.text)) {
              const side = (id: string, p: typeof A, span: { start: number; end: number }) => ({
                article: id,
                kind: 'contradiction' as const,
                start: p.start + span.start,
                end: p.start + span.end,
                text: p.text.slice(span.start, span.end),
                detail: `${c.kind}: ${c.why}`,
              });
              // One mark per span and kind, however many passages it contradicts.
              for (const cue of [side(idA, A, c.spanA), side(idB, B, c.spanB)]) {
                const key = `${cue.article}:${cue.start}:${cue.end}:${c.kind}`;
                if (seen.has(key)) continue;
                seen.add(key);
                cues.push(cue);
              }
            }
          }
        }
      }
    }
  }
  return cues;
}

/** A cheap fingerprint of a text (FNV-1a over UTF-16 units, with the length). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}.${(h >>> 0).toString(36)}`;
}

/**
 * Contradictions depend on the articles' texts only (not on the lexicons), and finding them
 * aligns the articles: the answers for the last few sets of texts are kept, so that a lexicon
 * edit or a reopened story costs only the lexicon matching.
 */
const CONTRADICTION_CACHE_SIZE = 16;
const contradictionCache = new Map<string, FramingCue[]>();

function cachedContradictionCues(repo: ArticlesRepo, details: ArticleDetail[]): FramingCue[] {
  const key = details.map((d) => `${d.article.id}:${fingerprint(d.body)}`).join('|');
  const hit = contradictionCache.get(key);
  if (hit !== undefined) {
    contradictionCache.delete(key);
    contradictionCache.set(key, hit);
    return hit;
  }
  const cues = contradictionCues(repo, details);
  contradictionCache.set(key, cues);
  if (contradictionCache.size > CONTRADICTION_CACHE_SIZE) {
    const oldest = contradictionCache.keys().next().value;
    if (oldest !== undefined) contradictionCache.delete(oldest);
  }
  return cues;
}

/** `lexicons`: the shipped lexicons with the user's edits applied (see lexicon-store.ts). */
export function analyzeFraming(
  repo: ArticlesRepo,
  articleIds: string[],
  lexicons: Lexicons,
): FramingCue[] {
  const details = [...new Set(articleIds)].map((id) => {
    const detail = repo.getDetail(id);
    if (!detail) throw new ApiFailure('not_found', `no article with id "${id}"`);
    return detail;
  });
  if (details.length > 6) throw new ApiFailure('invalid_input', 'framing takes 1 to 6 articles');
  const order = new Map(details.map((d, i) => [d.article.id, i]));
  const cues = details.flatMap((d) => [
    ...lexiconCues(d, lexicons),
    ...voiceCues(d, lexicons),
    ...frameCues(d, lexicons),
  ]);
  // Articles in the order asked for; within one, in reading order.
  return [...cues, ...cachedContradictionCues(repo, details)].sort(
    (x, y) =>
      (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) ||
      x.start - y.start ||
      x.end - y.end,
  );
}
