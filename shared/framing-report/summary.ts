/**
 * The framing summary of a story: per article, who is quoted and how many words each side gets,
 * the term chosen from each contested set, hedge and loaded-verb rates per 1,000 words, the frame
 * profile; across articles, contradictions between passages the alignment put on one row. Pure:
 * the backend passes the articles, the alignment rows and the lexicons in force.
 */
import type {
  ArticleFramingSummary,
  ContestedSetRow,
  ContradictionPair,
  StoryFramingSummary,
  TermUse,
} from '../api/framing-report-methods.ts';
import {
  articleVoices,
  contradictions,
  detectCues,
  frameProfile,
  summarizeCues,
  type Lexicons,
} from '../framing/index.ts';
import { alignArticles } from '../align/align.ts';
import { frameLabel, speakerSideLabel, termSideLabel } from './labels.ts';

/** What the summary needs of an article: its record's fields, clean body and passages. */
export interface SummaryArticle {
  id: string;
  title: string;
  outlet: string | null;
  language: string | null;
  published: string | null;
  url: string | null;
  body: string;
  /** Offsets into `body`, end exclusive. */
  passages: ReadonlyArray<{ index: number; start: number; end: number; text: string }>;
}

/** One alignment row: article id → indices of its passages on the row. */
export interface SummaryRow {
  cells: Readonly<Record<string, readonly number[]>>;
}

interface SetInfo {
  label: string;
  sides: Record<string, string>;
}

/** Labels of the contested sets in the lexicons; English labels win, then the first seen. */
function contestedSets(lexicons: Lexicons): Map<string, SetInfo> {
  const sets = new Map<string, SetInfo>();
  const files = [...lexicons.files].sort(
    (a, b) => Number(b.language === 'en') - Number(a.language === 'en'),
  );
  for (const file of files) {
    for (const set of file.sets ?? []) {
      const known = sets.get(set.id);
      if (!known) sets.set(set.id, { label: set.label, sides: { ...set.sides } });
      else for (const [side, note] of Object.entries(set.sides)) known.sides[side] ??= note;
    }
  }
  return sets;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function summarizeArticle(
  article: SummaryArticle,
  lexicons: Lexicons,
  sets: Map<string, SetInfo>,
): { summary: ArticleFramingSummary; terms: Map<string, TermUse[]> } {
  const language = article.language ?? 'en';
  const cues = detectCues(article.body, article.language, lexicons);
  const figures = summarizeCues(article.body, cues);
  const voices = articleVoices(article.body, language, {
    lexicons,
    ...(article.outlet ? { outlet: article.outlet } : {}),
  });
  const profile = frameProfile(
    article.passages.map((p) => p.text),
    article.language,
    lexicons,
  );
  const quotedWords = Object.values(voices.wordsBySide).reduce((a, b) => a + b, 0);
  const wordsBySide = Object.entries(voices.wordsBySide)
    .map(([side, words]) => ({
      side,
      label: speakerSideLabel(side),
      words,
      share: quotedWords === 0 ? 0 : words / quotedWords,
    }))
    .sort((a, b) => b.words - a.words || a.label.localeCompare(b.label));
  const terms = new Map<string, TermUse[]>();
  for (const choice of figures.termChoices) {
    const notes = sets.get(choice.set)?.sides ?? {};
    const uses = terms.get(choice.set) ?? [];
    for (const [term, count] of Object.entries(choice.terms)) {
      uses.push({
        term,
        count,
        side: choice.side,
        sideLabel: termSideLabel(choice.side),
        sideNote: notes[choice.side] ?? '',
      });
    }
    terms.set(choice.set, uses);
  }
  const frames = profile.scores.map((s) => ({
    dimension: s.dimension,
    label: frameLabel(s.dimension),
    hits: s.hits,
    share: s.share,
    per1000Words: round1(s.per1000Words),
  }));
  const leading = [...frames].sort((a, b) => b.hits - a.hits)[0];
  const summary: ArticleFramingSummary = {
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    language: article.language,
    published: article.published,
    url: article.url,
    words: figures.words,
    voices: voices.voices.map((v) => ({
      speaker: v.speaker,
      side: v.side,
      sideLabel: speakerSideLabel(v.side),
      direct: v.direct,
      reported: v.reported,
      words: v.words,
    })),
    quotedWords,
    wordsBySide,
    unattributedQuotes: voices.unattributed,
    credits: voices.credits,
    counts: {
      contestedTerms: figures.counts['contested-term'],
      hedges: figures.counts.hedge,
      loadedWords: figures.counts.loaded,
      metaphors: figures.counts.metaphor,
      neutralVerbs: figures.verbs.neutral,
      loadedVerbs: figures.verbs.loaded,
    },
    hedgesPer1000Words: round1(figures.per1000Words.hedge),
    loadedVerbsPer1000Words: round1(figures.loadedVerbsPer1000Words),
    loadedWordsPer1000Words: round1(figures.per1000Words.loaded),
    frames,
    leadingFrame: leading && leading.hits > 0 ? leading.dimension : null,
  };
  return { summary, terms };
}

/**
 * Contradictions between passages of different articles that share an alignment row, each pair
 * once (the same spans found from two rows are reported once).
 */
export function storyContradictions(
  articles: readonly SummaryArticle[],
  rows: readonly SummaryRow[],
): ContradictionPair[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const seen = new Set<string>();
  const compared = new Set<string>();
  const pairs: ContradictionPair[] = [];
  for (const row of rows) {
    const filled = Object.entries(row.cells)
      .filter(([id, indices]) => indices.length > 0 && byId.has(id))
      .sort((x, y) => (order.get(x[0]) ?? 0) - (order.get(y[0]) ?? 0));
    for (let i = 0; i < filled.length; i += 1) {
      for (let j = i + 1; j < filled.length; j += 1) {
        const [idA, indicesA] = filled[i]!;
        const [idB, indicesB] = filled[j]!;
        for (const pa of indicesA) {
          for (const pb of indicesB) {
            const A = byId.get(idA)!.passages[pa];
            const B = byId.get(idB)!.passages[pb];
            if (!A || !B) continue;
            // The same two passages often share several rows (the story's and a pair's own).
            const pairKey = `${idA}\u0000${pa}\u0000${idB}\u0000${pb}`;
            if (compared.has(pairKey)) continue;
            compared.add(pairKey);
            for (const c of contradictions(A.text, B.text)) {
              const side = (id: string, p: typeof A, span: { start: number; end: number }) => ({
                articleId: id,
                passageIndex: p.index,
                start: p.start + span.start,
                end: p.start + span.end,
                text: p.text.slice(span.start, span.end),
                passage: p.text,
              });
              const pair = {
                kind: c.kind,
                why: c.why,
                a: side(idA, A, c.spanA),
                b: side(idB, B, c.spanB),
              };
              const key = `${idA}:${pair.a.start}:${pair.a.end}|${idB}:${pair.b.start}:${pair.b.end}|${c.kind}`;
              if (seen.has(key)) continue;
              seen.add(key);
              pairs.push(pair);
            }
          }
        }
      }
    }
  }
  return pairs;
}

/**
 * Rows of each pair of articles aligned on its own (for 3 articles or more), to look for
 * contradictions in besides the story's alignment: a pair's own alignment finds passages that the
 * story's alignment puts on different rows because the pivot carries no such passage (the seeds'
 * "at NATO's initiative" / "it is not NATO's initiative" is one). The shorter article of a pair is
 * its pivot, so the longer one's passages gather on its rows and the order asked in does not
 * matter. Rows with a single passage are left out.
 */
export function pairRows(articles: readonly SummaryArticle[]): SummaryRow[] {
  if (articles.length < 3) return [];
  const toAlign = articles.map((a) => ({
    id: a.id,
    language: a.language ?? 'en',
    passages: a.passages,
  }));
  const rows: SummaryRow[] = [];
  for (let i = 0; i < toAlign.length; i += 1) {
    for (let j = i + 1; j < toAlign.length; j += 1) {
      const pair = [toAlign[i]!, toAlign[j]!].sort(
        (a, b) => a.passages.length - b.passages.length || (a.id < b.id ? -1 : 1),
      );
      for (const row of alignArticles(pair, { pivot: pair[0]!.id })) {
        if (Object.values(row.cells).filter((cell) => cell.length > 0).length > 1) rows.push(row);
      }
    }
  }
  return rows;
}

/** The framing summary of `articles` (in the order given) with the lexicons in force. */
export function summarizeStory(
  articles: readonly SummaryArticle[],
  rows: readonly SummaryRow[],
  lexicons: Lexicons,
): StoryFramingSummary {
  const sets = contestedSets(lexicons);
  const perArticle = articles.map((a) => ({ id: a.id, ...summarizeArticle(a, lexicons, sets) }));
  const used = new Map<string, ContestedSetRow>();
  for (const { id, terms } of perArticle) {
    for (const [set, uses] of terms) {
      const row = used.get(set) ?? { set, label: sets.get(set)?.label ?? set, byArticle: {} };
      row.byArticle[id] = uses;
      used.set(set, row);
    }
  }
  // Sets more articles speak to first: that is where the choices can be compared.
  const contested = [...used.values()].sort(
    (a, b) =>
      Object.keys(b.byArticle).length - Object.keys(a.byArticle).length ||
      a.label.localeCompare(b.label),
  );
  return {
    articles: perArticle.map((p) => p.summary),
    contested,
    contradictions: storyContradictions(articles, rows),
  };
}
