/**
 * The framing summary of 1–6 articles and its report (HTML, or PDF through the desktop app's
 * renderer), computed with the lexicons in force. Writing to a path goes through a temporary file
 * and a rename, so a failed export never leaves half a report where the user asked for it.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ParsedInput, Output } from '../../shared/api/contract.ts';
import { ApiFailure } from '../../shared/api/envelope.ts';
import type { StoryFramingSummary } from '../../shared/api/framing-report-methods.ts';
import type { ArticleDetail } from '../../shared/api/schemas.ts';
import type { Lexicons } from '../../shared/framing/index.ts';
import { baseLanguage } from '../../shared/framing/lexicons.ts';
import {
  buildReportHtml,
  pairRows,
  summarizeStory,
  type ReportAnnotation,
  type ReportRow,
  type SummaryArticle,
} from '../../shared/framing-report/index.ts';
import type { ArticlesRepo } from './articles-repo.ts';
import { compareArticles } from './compare-service.ts';
import { analyzeFraming } from './framing-service.ts';

/** Renders an HTML document to PDF bytes (the Electron main process passes one in). */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

function details(repo: ArticlesRepo, articleIds: readonly string[]): ArticleDetail[] {
  const ids = [...new Set(articleIds)];
  if (ids.length < 1 || ids.length > 6) {
    throw new ApiFailure('invalid_input', 'the framing summary takes 1 to 6 articles');
  }
  return ids.map((id) => {
    const detail = repo.getDetail(id);
    if (!detail) throw new ApiFailure('not_found', `no article with id "${id}"`);
    return detail;
  });
}

function asSummaryArticle({ article, body, passages }: ArticleDetail): SummaryArticle {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    language: article.language,
    published: article.published,
    url: article.url,
    body,
    passages,
  };
}

/** The alignment of the articles, or one row per passage for a single article. */
function alignedRows(
  repo: ArticlesRepo,
  list: readonly ArticleDetail[],
  pivot?: string,
): { pivot: string; rows: ReportRow[] } {
  if (list.length === 1) {
    const only = list[0]!;
    return {
      pivot: only.article.id,
      rows: only.passages.map((p) => ({
        cells: { [only.article.id]: [p.index] },
        score: 0,
        reasons: [],
      })),
    };
  }
  const compared = compareArticles(
    repo,
    list.map((d) => d.article.id),
    pivot,
  );
  return { pivot: compared.pivot, rows: compared.rows };
}

/** Rows in which contradictions are looked for: the story's alignment and each pair's own. */
function contradictionRows(
  articles: readonly SummaryArticle[],
  storyRows: readonly ReportRow[],
): ReportRow[] {
  return [...storyRows, ...pairRows(articles).map((row) => ({ ...row, score: 0, reasons: [] }))];
}

/** The summary panel's figures for `articleIds`, in that order. */
export function summarizeFraming(
  repo: ArticlesRepo,
  articleIds: readonly string[],
  lexicons: Lexicons,
): StoryFramingSummary {
  const list = details(repo, articleIds);
  const { rows } = alignedRows(repo, list);
  const articles = list.map(asSummaryArticle);
  return summarizeStory(articles, contradictionRows(articles, rows), lexicons);
}

export interface ReportOptions {
  lexicons: Lexicons;
  now?: () => Date;
  appVersion?: string;
  /** Annotations of the articles to include (the lead wires the annotation store in). */
  annotations?: readonly ReportAnnotation[];
}

/** The lexicon files of the articles' languages (English for unknown ones), for the report. */
function lexiconFilesOf(lexicons: Lexicons, articles: readonly SummaryArticle[]) {
  const languages = new Set(articles.map((a) => baseLanguage(a.language)));
  return lexicons.files
    .filter((f) => languages.has(f.language))
    .map((f) => ({
      language: f.language,
      kind: f.kind,
      version: f.version,
      entries: f.entries.filter((entry) => entry.enabled).length,
    }));
}

/** The report's HTML for the articles, with the comparison around `pivot`. */
export function framingReportHtml(
  repo: ArticlesRepo,
  input: { articleIds: readonly string[]; pivot?: string | undefined; title?: string | undefined },
  options: ReportOptions,
): string {
  const list = details(repo, input.articleIds);
  const { pivot, rows } = alignedRows(repo, list, input.pivot);
  const articles = list.map(asSummaryArticle);
  const summary = summarizeStory(articles, contradictionRows(articles, rows), options.lexicons);
  const cues = analyzeFraming(
    repo,
    list.map((d) => d.article.id),
    options.lexicons,
  );
  return buildReportHtml({
    title: input.title ?? list[0]!.article.title,
    exportedAt: (options.now?.() ?? new Date()).toISOString(),
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    pivot,
    articles,
    rows,
    cues,
    summary,
    ...(options.annotations ? { annotations: options.annotations } : {}),
    lexicons: lexiconFilesOf(options.lexicons, articles),
  });
}

/** A file name from the title: letters and digits of any script, dashes, at most 60 characters. */
export function reportFileName(title: string, date: Date, extension: string): string {
  const slug = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `framing-report-${slug || 'story'}-${date.toISOString().slice(0, 10)}.${extension}`;
}

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export interface ExportDeps extends ReportOptions {
  renderPdf?: RenderPdf;
}

/** `framing.exportReport`: builds the report, then writes it to `path` or returns its bytes. */
export async function exportFramingReport(
  repo: ArticlesRepo,
  input: ParsedInput<'framing.exportReport'>,
  deps: ExportDeps,
): Promise<Output<'framing.exportReport'>> {
  if (input.format === 'pdf' && !deps.renderPdf) {
    throw new ApiFailure(
      'unsupported',
      'PDF export needs the desktop app. Export the HTML report instead, open it in a browser and print it to PDF.',
    );
  }
  const now = deps.now?.() ?? new Date();
  const html = framingReportHtml(repo, input, { ...deps, now: () => now });
  const title = input.title ?? repo.getRecord(input.articleIds[0]!)?.title ?? 'story';
  const bytes =
    input.format === 'pdf' ? await deps.renderPdf!(html) : new TextEncoder().encode(html);
  const fileName = reportFileName(title, now, input.format);
  const mimeType = input.format === 'pdf' ? 'application/pdf' : 'text/html;charset=utf-8';
  if (input.path) {
    await writeAtomically(input.path, bytes);
    return { fileName: basename(input.path), mimeType, bytes: bytes.length, path: input.path };
  }
  return {
    fileName,
    mimeType,
    bytes: bytes.length,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
