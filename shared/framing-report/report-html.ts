/**
 * The framing report as one self-contained HTML file: the summary (voices, term choices, rates,
 * frame profiles, contradictions), the user's annotations when given, and the aligned comparison
 * with highlights by kind and a legend. Inline CSS only: no scripts, no external resources, so it
 * opens offline and prints (A4 landscape). Every piece of article text and metadata is escaped.
 */
import type { StoryFramingSummary } from '../api/framing-report-methods.ts';
import { cueKindLabels, cueTooltip, frameDimension } from '../framing-view/cue-labels.ts';
import { cueKinds, type FramingCue } from '../framing-view/segment-runs.ts';
import { splitAtSpans } from '../text/split-runs.ts';
import { frameLabel, speakerSideColour } from './labels.ts';
import { reportCss } from './report-css.ts';
import type { SummaryArticle } from './summary.ts';

/** An annotation to show in the report: a coded passage of an article's clean body. */
export interface ReportAnnotation {
  id: string;
  articleId: string;
  /** Offsets into the article's clean body, end exclusive. */
  start: number;
  end: number;
  /** The annotated text as stored (shown in the list even if the offsets no longer fit). */
  quote: string;
  codes: ReadonlyArray<{ name: string; color: string }>;
  note: string;
  coder: string;
  /** The passage's own colour, or null to use the first code's. */
  color?: string | null;
}

/** One row of the aligned comparison: article id → its passage indices on the row. */
export interface ReportRow {
  cells: Readonly<Record<string, readonly number[]>>;
  score: number;
  reasons: readonly string[];
}

export interface ReportInput {
  title: string;
  /** ISO date-time of the export. */
  exportedAt: string;
  appVersion?: string;
  pivot: string;
  /** In column order. */
  articles: readonly SummaryArticle[];
  rows: readonly ReportRow[];
  /** `framing.analyze` cues of the articles (frame cues become tags above passages). */
  cues: readonly FramingCue[];
  summary: StoryFramingSummary;
  annotations?: readonly ReportAnnotation[];
  /** The lexicon files the figures were computed with, for the method note. */
  lexicons?: ReadonlyArray<{ language: string; kind: string; version: string; entries: number }>;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const e = escapeHtml;

/** Only plain web links become links; anything else (javascript:, file:) stays text. */
function safeHref(url: string): string | null {
  const trimmed = url.trim();
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(trimmed) ? trimmed : null;
}

function safeColour(colour: string | null | undefined, fallback: string): string {
  return colour && /^#[0-9a-f]{6}$/i.test(colour) ? colour : fallback;
}

/** `2026-11-24T01:30:00.000Z` → `2026-11-24 01:30 UTC` (the backend passes UTC ISO strings). */
function formatExportDate(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function fmt(n: number): string {
  return n.toFixed(1);
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function outletOf(article: Pick<SummaryArticle, 'outlet'>): string {
  return article.outlet ?? 'Unknown outlet';
}

function langAttr(language: string | null): string {
  return language && /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(language) ? ` lang="${language}"` : '';
}

function articleHead(article: SummaryArticle): string {
  const lang = article.language ? `<span class="lang">${e(article.language)}</span>` : '';
  return `<span class="outlet">${e(outletOf(article))}</span>${lang}<span class="outlet-title"${langAttr(article.language)}>${e(article.title)}</span>`;
}

/** A mark over [start, end) of a passage: opening and closing tags, outermost first. */
interface Mark {
  start: number;
  end: number;
  open: (isFirst: boolean) => string;
  close: string;
}

/** Text of [from, to) of the body with every mark covering a stretch wrapped around it. */
function markedText(body: string, from: number, to: number, marks: readonly Mark[]): string {
  return splitAtSpans(body.slice(from, to), from, marks)
    .map(({ start, text, covering }) =>
      covering.reduceRight(
        (inner, m) => `${m.open(m.start === start || start === from)}${inner}${m.close}`,
        e(text),
      ),
    )
    .join('');
}

/** Kinds drawn as highlights (frames are tags), in the legend's order. */
const highlightKinds = cueKinds.filter((kind) => kind !== 'frame');

function cueMarks(cues: readonly FramingCue[]): Mark[] {
  return cues
    .filter((cue) => cue.kind !== 'frame')
    .map((cue) => ({
      start: cue.start,
      end: cue.end,
      open: (isFirst: boolean) =>
        `<span class="cue--${cue.kind}${isFirst ? ' first' : ''}" title="${e(cueTooltip(cue))}">`,
      close: '</span>',
    }));
}

function annotationMarks(
  annotations: readonly ReportAnnotation[],
  numbers: ReadonlyMap<string, number>,
): Mark[] {
  return annotations.map((a) => {
    const colour = safeColour(a.color ?? a.codes[0]?.color, '#7c8a9e');
    const label = a.codes.map((c) => c.name).join(', ') || a.note;
    const n = numbers.get(a.id) ?? 0;
    return {
      start: a.start,
      end: a.end,
      open: () =>
        `<span class="annot" style="border-color:${colour};background:${colour}22" title="${e(`Annotation ${n}: ${label}`)}">`,
      close: `</span>`,
    };
  });
}

function legendHtml(hasAnnotations: boolean): string {
  const items = highlightKinds.map(
    (kind) =>
      `<span><span class="swatch cue--${kind}${kind === 'contradiction' ? ' first' : ''}">Aa</span>${e(cueKindLabels[kind])}</span>`,
  );
  items.push(`<span><span class="swatch cue--frame">frame</span>Leading frame of a passage</span>`);
  if (hasAnnotations) {
    items.push(
      `<span><span class="swatch annot" style="border-color:#7c8a9e;background:#7c8a9e22">Aa</span>Annotation (number in the list)</span>`,
    );
  }
  return `<div class="legend"><b>Highlights</b>${items.join('')}</div>`;
}

function articlesSection(input: ReportInput): string {
  const byId = new Map(input.summary.articles.map((s) => [s.articleId, s]));
  const rows = input.articles
    .map((a, i) => {
      const href = a.url ? safeHref(a.url) : null;
      const url = a.url
        ? href
          ? `<a class="url" href="${e(href)}">${e(a.url)}</a>`
          : `<span class="url">${e(a.url)}</span>`
        : '<span class="empty">—</span>';
      return `<tr><td class="num">${i + 1}</td><td><span class="outlet">${e(outletOf(a))}</span>${
        a.id === input.pivot ? ' <span class="lang">pivot</span>' : ''
      }</td><td class="title"${langAttr(a.language)}>${e(a.title)}</td><td>${e(a.language ?? '—')}</td><td class="num">${e(
        a.published?.replace('T', ' ') ?? '—',
      )}</td><td class="num">${byId.get(a.id)?.words ?? 0}</td><td>${url}</td></tr>`;
    })
    .join('');
  return `<section><h2>Articles</h2><table class="articles"><thead><tr><th class="num">#</th><th>Outlet</th><th>Title</th><th>Language</th><th class="num">Published</th><th class="num">Words</th><th>Source</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function summaryHead(input: ReportInput): string {
  return `<colgroup><col class="head">${input.articles.map(() => '<col>').join('')}</colgroup><thead><tr><th></th>${input.articles.map((a) => `<th>${articleHead(a)}</th>`).join('')}</tr></thead>`;
}

function shareCell(s: StoryFramingSummary['articles'][number]): string {
  if (s.quotedWords === 0) return '<span class="empty">No attributed quotes</span>';
  const bar = s.wordsBySide
    .map(
      (side) =>
        `<span style="width:${(side.share * 100).toFixed(2)}%;background:${speakerSideColour(side.side)}" title="${e(side.label)}: ${pct(side.share)}"></span>`,
    )
    .join('');
  const key = s.wordsBySide
    .map(
      (side) =>
        `<li><span class="dot" style="background:${speakerSideColour(side.side)}"></span><span class="label">${e(side.label)}</span><span class="pct">${pct(side.share)}</span><span class="words">${side.words} w</span></li>`,
    )
    .join('');
  return `<div class="share-bar" role="img" aria-label="${e(
    s.wordsBySide.map((side) => `${side.label} ${pct(side.share)}`).join(', '),
  )}">${bar}</div><ul class="share-key">${key}</ul>`;
}

function voicesCell(s: StoryFramingSummary['articles'][number], language: string | null): string {
  if (s.voices.length === 0) return '<span class="empty">No named speakers</span>';
  const items = s.voices
    .map(
      (v) =>
        `<li><span class="who"${langAttr(language)}>${e(v.speaker)}</span><span class="side" style="background:${speakerSideColour(v.side)}">${e(v.sideLabel)}</span><span class="w">${v.words} w</span></li>`,
    )
    .join('');
  const extra =
    s.unattributedQuotes > 0
      ? `<p class="note">${s.unattributedQuotes} quote${s.unattributedQuotes === 1 ? '' : 's'} without a speaker</p>`
      : '';
  return `<ul class="voices">${items}</ul>${extra}`;
}

function summarySection(input: ReportInput): string {
  const by = input.articles.map((a) => ({
    article: a,
    s: input.summary.articles.find((x) => x.articleId === a.id),
  }));
  const row = (
    head: string,
    cell: (s: StoryFramingSummary['articles'][number], a: SummaryArticle) => string,
  ) =>
    `<tr><th class="row-head" scope="row">${head}</th>${by
      .map(({ article, s }) => `<td>${s ? cell(s, article) : '<span class="empty">—</span>'}</td>`)
      .join('')}</tr>`;
  const rows = [
    row('Words', (s) => `<span class="figure">${s.words}</span>`),
    row('Quoted words by side<small>share of attributed quoted words</small>', (s) => shareCell(s)),
    row('Voices quoted<small>speaker, side, words</small>', (s, a) => voicesCell(s, a.language)),
    row('Credited sources', (s) =>
      s.credits.length ? e(s.credits.join(', ')) : '<span class="empty">None named</span>',
    ),
    row(
      'Hedges<small>per 1,000 words</small>',
      (s) =>
        `<span class="figure">${fmt(s.hedgesPer1000Words)}</span><small class="muted"> (${s.counts.hedges})</small>`,
    ),
    row(
      'Loaded reporting verbs<small>per 1,000 words (loaded / neutral)</small>',
      (s) =>
        `<span class="figure">${fmt(s.loadedVerbsPer1000Words)}</span><small class="muted"> (${s.counts.loadedVerbs} / ${s.counts.neutralVerbs})</small>`,
    ),
    row(
      'Loaded wording<small>per 1,000 words</small>',
      (s) =>
        `<span class="figure">${fmt(s.loadedWordsPer1000Words)}</span><small class="muted"> (${s.counts.loadedWords})</small>`,
    ),
    row('Leading frame', (s) =>
      s.leadingFrame
        ? e(frameLabel(s.leadingFrame))
        : '<span class="empty">No frame keywords</span>',
    ),
  ];
  return `<section><h2>Summary by outlet</h2><table class="summary">${summaryHead(input)}<tbody>${rows.join('')}</tbody></table></section>`;
}

function termsSection(input: ReportInput): string {
  const { contested } = input.summary;
  const body = contested.length
    ? `<table class="terms">${summaryHead(input)}<tbody>${contested
        .map(
          (set) =>
            `<tr><th class="row-head" scope="row">${e(set.label)}</th>${input.articles
              .map((a) => {
                const uses = set.byArticle[a.id] ?? [];
                if (uses.length === 0) return '<td><span class="empty">—</span></td>';
                return `<td${langAttr(a.language)}>${uses
                  .map(
                    (u) =>
                      `<span class="term" title="${e(u.sideNote)}">${e(u.term)}${
                        u.count > 1 ? `<span class="count">×${u.count}</span>` : ''
                      }</span><span class="term-side" lang="en">${e(u.sideLabel)}</span>`,
                  )
                  .join('')}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="empty">No term from a contested set appears in these articles.</p>';
  return `<section><h2>Contested terms<span class="hint">the term each outlet chooses from a set of competing names; sides say whose usage a term is, not which is correct</span></h2>${body}</section>`;
}

function framesSection(input: ReportInput): string {
  const dimensions = input.summary.articles[0]?.frames.map((f) => f.dimension) ?? [];
  const rows = dimensions
    .map((dimension) => {
      const cells = input.articles
        .map((a) => {
          const s = input.summary.articles.find((x) => x.articleId === a.id);
          const f = s?.frames.find((x) => x.dimension === dimension);
          const share = f?.share ?? 0;
          const lead = s?.leadingFrame === dimension ? ' lead' : '';
          return `<td><div class="bar${lead}"><span class="track"><span class="fill" style="width:${(share * 100).toFixed(1)}%"></span></span><span class="v">${share > 0 ? pct(share) : '–'}</span></div></td>`;
        })
        .join('');
      return `<tr><th class="row-head" scope="row">${e(frameLabel(dimension))}</th>${cells}</tr>`;
    })
    .join('');
  return `<section><h2>Frame profile<span class="hint">share of each article’s frame keyword hits over the 15 Media Frames Corpus dimensions; the leading one in blue</span></h2><table class="frames">${summaryHead(input)}<tbody>${rows}</tbody></table></section>`;
}

function contradictionsSection(input: ReportInput): string {
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const items = input.summary.contradictions
    .map((c) => {
      const side = (s: typeof c.a) => {
        const article = byId.get(s.articleId);
        const passageStart = s.start - (article?.passages[s.passageIndex]?.start ?? s.start);
        const from = Math.max(0, Math.min(passageStart, s.passage.length));
        const to = Math.max(from, Math.min(from + (s.end - s.start), s.passage.length));
        return `<div><p class="src">${e(article ? outletOf(article) : s.articleId)}</p><p class="reading"${langAttr(
          article?.language ?? null,
        )}>${e(s.passage.slice(0, from))}<span class="hit">${e(s.passage.slice(from, to))}</span>${e(s.passage.slice(to))}</p></div>`;
      };
      return `<li><span class="kind">${e(c.kind)}</span><span class="why">${e(c.why)}</span><div class="pair">${side(c.a)}${side(c.b)}</div></li>`;
    })
    .join('');
  const body = items
    ? `<ol class="contradictions">${items}</ol>`
    : '<p class="empty">No contradiction found between aligned passages.</p>';
  return `<section><h2>Contradictions<span class="hint">aligned passages that disagree: a claim negated, different numbers, dates or initiator</span></h2>${body}</section>`;
}

function annotationsSection(
  input: ReportInput,
  annotations: readonly ReportAnnotation[],
  numbers: ReadonlyMap<string, number>,
): string {
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const rows = annotations
    .map((a) => {
      const article = byId.get(a.articleId);
      const codes = a.codes
        .map((c) => {
          const colour = safeColour(c.color, '#7c8a9e');
          return `<span class="code" style="border-color:${colour};background:${colour}1f">${e(c.name)}</span>`;
        })
        .join('');
      return `<tr id="annotation-${numbers.get(a.id)}"><td class="num">${numbers.get(a.id)}</td><td><span class="outlet">${e(
        article ? outletOf(article) : a.articleId,
      )}</span></td><td class="reading"${langAttr(article?.language ?? null)}>${e(a.quote)}</td><td><div class="codes">${codes}</div></td><td>${e(
        a.note,
      )}</td><td>${e(a.coder)}</td></tr>`;
    })
    .join('');
  return `<section><h2>Annotations<span class="hint">coded passages, numbered as marked in the comparison</span></h2><table class="annotations"><thead><tr><th class="num">#</th><th>Outlet</th><th>Passage</th><th>Codes</th><th>Note</th><th>Coder</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/**
 * Contradiction highlights from the summary's pairs (which also look at each pair of articles
 * aligned on its own), each side saying what the other outlet wrote.
 */
function contradictionCues(input: ReportInput): FramingCue[] {
  const outlet = (id: string) => {
    const article = input.articles.find((a) => a.id === id);
    return article ? outletOf(article) : id;
  };
  return input.summary.contradictions.flatMap((c) => [
    {
      article: c.a.articleId,
      kind: 'contradiction' as const,
      start: c.a.start,
      end: c.a.end,
      text: c.a.text,
      detail: `${c.kind}: ${c.why} — ${outlet(c.b.articleId)}: “${c.b.text}”`,
    },
    {
      article: c.b.articleId,
      kind: 'contradiction' as const,
      start: c.b.start,
      end: c.b.end,
      text: c.b.text,
      detail: `${c.kind}: ${c.why} — ${outlet(c.a.articleId)}: “${c.a.text}”`,
    },
  ]);
}

function comparisonSection(
  input: ReportInput,
  annotations: readonly ReportAnnotation[],
  numbers: ReadonlyMap<string, number>,
): string {
  const cuesBy = new Map<string, FramingCue[]>();
  for (const cue of [
    ...input.cues.filter((c) => c.kind !== 'contradiction'),
    ...contradictionCues(input),
  ]) {
    const list = cuesBy.get(cue.article) ?? [];
    list.push(cue);
    cuesBy.set(cue.article, list);
  }
  const marksBy = new Map(
    input.articles.map((a) => {
      const own = annotations.filter((x) => x.articleId === a.id && x.end <= a.body.length);
      return [a.id, [...cueMarks(cuesBy.get(a.id) ?? []), ...annotationMarks(own, numbers)]];
    }),
  );
  const framesBy = new Map(
    input.articles.map((a) => [
      a.id,
      new Map(
        (cuesBy.get(a.id) ?? [])
          .filter((c) => c.kind === 'frame')
          .map((c) => [c.start, frameDimension(c.detail)]),
      ),
    ]),
  );
  const refsBy = (a: SummaryArticle, start: number, end: number) =>
    annotations
      .filter((x) => x.articleId === a.id && x.end > start && x.end <= end)
      .map(
        (x) =>
          `<a class="annot-ref" href="#annotation-${numbers.get(x.id)}">${numbers.get(x.id)}</a>`,
      )
      .join('');
  const head = `<thead><tr><th class="n">Row</th>${input.articles
    .map((a) => `<th${a.id === input.pivot ? ' class="pivot"' : ''}>${articleHead(a)}</th>`)
    .join('')}</tr></thead>`;
  const rows = input.rows
    .map((row, i) => {
      const filled = input.articles.filter((a) => (row.cells[a.id] ?? []).length > 0).length;
      const cells = input.articles
        .map((a) => {
          const indices = row.cells[a.id] ?? [];
          const pivot = a.id === input.pivot ? ' pivot' : '';
          if (indices.length === 0)
            return `<td class="gap${pivot}" aria-label="not carried">·</td>`;
          const passages = indices
            .map((index) => {
              const p = a.passages[index];
              if (!p) return '';
              const frame = framesBy.get(a.id)?.get(p.start);
              const tag = frame
                ? `<span class="frame-tag" lang="en">${e(frameLabel(frame))}</span><br>`
                : '';
              return `<p class="passage">${tag}${markedText(a.body, p.start, p.end, marksBy.get(a.id) ?? [])}${refsBy(a, p.start, p.end)}</p>`;
            })
            .join('');
          return `<td class="reading${pivot}"${langAttr(a.language)}>${passages}</td>`;
        })
        .join('');
      const why = row.reasons.length ? ` title="${e(row.reasons.join('; '))}"` : '';
      return `<tr${filled === 1 ? ' class="only"' : ''}><td class="n"${why}>${i + 1}</td>${cells}</tr>`;
    })
    .join('');
  return `<section class="comparison"><h2>Aligned comparison<span class="hint">passages reporting the same fact side by side, in the pivot’s order; a tinted row is carried by one outlet only</span></h2>${legendHtml(
    annotations.length > 0,
  )}<table class="aligned">${head}<tbody>${rows}</tbody></table></section>`;
}

function lexiconsNote(input: ReportInput): string {
  const files = input.lexicons ?? [];
  if (files.length === 0) return '';
  const languages = [...new Set(files.map((f) => f.language))].sort();
  const lines = languages
    .map((language) => {
      const own = files
        .filter((f) => f.language === language)
        .map((f) => `${e(f.kind)} ${e(f.version)} (${f.entries})`)
        .join(', ');
      return `<li><b>${e(language)}</b>: ${own}</li>`;
    })
    .join('');
  return `<section class="method"><h2>Lexicons<span class="hint">files in force when the report was made: kind, version and enabled entries</span></h2><ul class="lexicons">${lines}</ul></section>`;
}

/** The report as one HTML document (UTF-8), ready to save as `.html` or print to PDF. */
export function buildReportHtml(input: ReportInput): string {
  const annotations = [...(input.annotations ?? [])].sort((a, b) => {
    const order = (id: string) => input.articles.findIndex((x) => x.id === id);
    return order(a.articleId) - order(b.articleId) || a.start - b.start;
  });
  const numbers = new Map(annotations.map((a, i) => [a.id, i + 1]));
  const languages = [...new Set(input.articles.map((a) => a.language ?? 'unknown'))].join(', ');
  const pivot = input.articles.find((a) => a.id === input.pivot);
  const meta = [
    `Exported ${e(formatExportDate(input.exportedAt))}`,
    `${input.articles.length} article${input.articles.length === 1 ? '' : 's'}`,
    `Languages: ${e(languages)}`,
    pivot ? `Pivot: ${e(outletOf(pivot))}` : '',
    `${input.summary.contradictions.length} contradiction${input.summary.contradictions.length === 1 ? '' : 's'}`,
    input.appVersion ? `Parallax ${e(input.appVersion)}` : 'Parallax',
  ]
    .filter(Boolean)
    .map((m) => `<span>${m}</span>`)
    .join('');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Parallax">',
    `<title>${e(`Framing report — ${input.title}`)}</title>`,
    `<style>${reportCss}</style>`,
    '</head>',
    '<body>',
    `<header><p class="eyebrow">Parallax · Framing report</p><h1>${e(input.title)}</h1><p class="meta">${meta}</p></header>`,
    articlesSection(input),
    summarySection(input),
    termsSection(input),
    framesSection(input),
    contradictionsSection(input),
    annotations.length > 0 ? annotationsSection(input, annotations, numbers) : '',
    comparisonSection(input, annotations, numbers),
    lexiconsNote(input),
    `<footer>Cues are found with Parallax’s editable lexicons (contested terms, hedges, reporting verbs, loaded wording, metaphors, frame keywords after the Media Frames Corpus codebook) and are aids to reading, not verdicts: a contested term is attributed to whoever is observed using it, never declared correct. Quoted words count the words inside quotes and reported statements attributed to a speaker.</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
