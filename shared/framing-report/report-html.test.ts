import { describe, expect, it } from 'vitest';
import { defaultLexicons } from '../framing/index.ts';
import {
  buildReportHtml,
  escapeHtml,
  type ReportAnnotation,
  type ReportInput,
} from './report-html.ts';
import { summarizeStory, type SummaryArticle } from './summary.ts';
import { seedCues, seedRows, seedSummaryArticles } from './testing.ts';

function reportOf(
  articles: SummaryArticle[],
  extra: Partial<ReportInput> = {},
): { html: string; input: ReportInput } {
  const rows = seedRows(articles, articles[0]!.id);
  const input: ReportInput = {
    title: 'NATO and Russia military contacts',
    exportedAt: '2026-11-24T01:30:00.000Z',
    appVersion: '0.1.0',
    pivot: articles[0]!.id,
    articles,
    rows: rows.slice(0, rows.length),
    cues: seedCues(articles),
    summary: summarizeStory(articles, rows, defaultLexicons()),
    ...extra,
  };
  return { html: buildReportHtml(input), input };
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('buildReportHtml on the seed story', () => {
  const articles = seedSummaryArticles();
  const { html, input } = reportOf(articles);

  it('is one self-contained document: inline CSS, no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]+@media print[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\ssrc=|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('carries every article’s title, the export date and the metadata', () => {
    for (const article of articles) expect(html).toContain(escapeHtml(article.title));
    expect(html).toContain('Exported 2026-11-24 01:30 UTC');
    expect(html).toContain('5 articles');
    expect(html).toContain('<h1>NATO and Russia military contacts</h1>');
  });

  it('shows each contested term choice with its set label', () => {
    expect(input.summary.contested.length).toBeGreaterThan(0);
    for (const set of input.summary.contested) {
      expect(html).toContain(escapeHtml(set.label));
      for (const uses of Object.values(set.byArticle)) {
        for (const use of uses) expect(html).toContain(`>${escapeHtml(use.term)}`);
      }
    }
    expect(html).toContain('foreign-sponsored coup');
    expect(html).toContain('>Kiev<');
  });

  it('lists the seeds’ contradiction with both passages and marks it in the comparison', () => {
    const section = html.slice(
      html.indexOf('<h2>Contradictions'),
      html.indexOf('<section class="comparison">'),
    );
    expect(section).toContain('<span class="hit">held at NATO’s initiative</span>');
    expect(section).toContain(
      `<span class="hit">I will emphasize that it is not NATO&#39;s initiative</span>`,
    );
    const comparison = html.slice(html.indexOf('<section class="comparison">'));
    expect(comparison).toMatch(
      /<span class="cue--contradiction first" title="Contradiction — negation: [^"]*">held at NATO’s initiative/,
    );
  });

  it('shows voices with side shares, rates and frame bars per outlet', () => {
    expect(html).toContain('Dmitry Danilov');
    expect(html).toMatch(/Russia<\/span><span class="pct">9\d%<\/span>/);
    expect(html).toContain('Hedges<small>per 1,000 words</small>');
    expect(html).toContain('Security &amp; defence');
    expect((html.match(/class="bar( lead)?"/g) ?? []).length).toBe(15 * articles.length);
  });

  it('lays the aligned rows out as a table with highlights by kind and a legend', () => {
    const comparison = html.slice(html.indexOf('<section class="comparison">'));
    expect(comparison).toContain('<div class="legend">');
    expect((comparison.match(/<tr/g) ?? []).length).toBe(input.rows.length + 1);
    for (const kind of ['contested-term', 'hedge', 'reporting-verb', 'metaphor']) {
      expect(comparison).toContain(`class="cue--${kind}`);
    }
    expect(comparison).toMatch(/<td class="reading" lang="ru">/);
    expect(comparison).toContain('якобы');
  });
});

describe('buildReportHtml with hostile text', () => {
  const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
  const articles = seedSummaryArticles().slice(0, 2);
  const first = articles[0]!;
  const body = `${hostile} ${first.body}`;
  const shift = hostile.length + 1;
  articles[0] = {
    ...first,
    title: `Title ${hostile}`,
    outlet: `Outlet ${hostile}`,
    url: 'javascript:alert(1)',
    body,
    passages: [
      { index: 0, start: 0, end: hostile.length, text: hostile },
      ...first.passages.map((p) => ({
        ...p,
        index: p.index + 1,
        start: p.start + shift,
        end: p.end + shift,
      })),
    ],
  };
  const annotations: ReportAnnotation[] = [
    {
      id: 'a1',
      articleId: first.id,
      start: 0,
      end: 8,
      quote: '<script>',
      codes: [{ name: `Code ${hostile}`, color: 'red;background:url(http://evil)' }],
      note: `Note ${hostile}`,
      coder: `<b>coder</b>`,
    },
    {
      id: 'a2',
      articleId: first.id,
      start: shift,
      end: shift + 10,
      quote: first.body.slice(0, 10),
      codes: [{ name: 'Security', color: '#2f5fb3' }],
      note: 'who started it',
      coder: 'anna',
    },
  ];
  const { html } = reportOf(articles, { title: `Story ${hostile}`, annotations });

  it('escapes article text, metadata, annotations and never links a script URL', () => {
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('javascript:alert(1)');
    expect(html).not.toContain('url(http://evil)');
    expect(html).toContain('&lt;b&gt;coder&lt;/b&gt;');
  });

  it('lists annotations with codes, notes and coders, and numbers their marks in the text', () => {
    const section = html.slice(
      html.indexOf('<h2>Annotations'),
      html.indexOf('<section class="comparison">'),
    );
    expect(section).toContain('who started it');
    expect(section).toContain('anna');
    expect(section).toMatch(
      /<span class="code" style="border-color:#2f5fb3;background:#2f5fb31f">Security<\/span>/,
    );
    const comparison = html.slice(html.indexOf('<section class="comparison">'));
    expect(comparison).toMatch(
      /<span class="annot" style="border-color:#2f5fb3;[^"]*" title="Annotation 2: Security">/,
    );
    expect(comparison).toContain('<a class="annot-ref" href="#annotation-2">2</a>');
    expect(html).toContain('<tr id="annotation-2">');
  });
});
