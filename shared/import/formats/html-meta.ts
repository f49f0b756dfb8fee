/**
 * Metadata of a saved web page: `<meta>` tags (Open Graph, article:*, keywords), the canonical
 * link, `<html lang>`, and a JSON-LD NewsArticle (headline, dates, publisher, keywords).
 */
import type { MetaDate } from '../metadata/dates.ts';

/** What a page says about itself, gathered while parsing. */
export interface HtmlMetaCollector {
  metas: Map<string, string[]>;
  canonical: string | null;
  htmlLang: string | null;
  titleText: string;
  jsonLd: string[];
}

/** An empty collector for one page. */
export function newMetaCollector(): HtmlMetaCollector {
  return { metas: new Map(), canonical: null, htmlLang: null, titleText: '', jsonLd: [] };
}

/** Records a `<meta>` tag under its property, name or itemprop, lower-cased. */
export function recordMeta(
  meta: HtmlMetaCollector,
  attribs: Readonly<Record<string, string>>,
): void {
  const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? '').toLowerCase();
  const value = attribs['content'] ?? attribs['datetime'];
  if (key === '' || value === undefined || value.trim() === '') return;
  const list = meta.metas.get(key) ?? [];
  list.push(value.trim());
  meta.metas.set(key, list);
}

/** The parts of a JSON-LD article the importer uses. */
export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  keywords: string[];
  url: string | null;
  language: string | null;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

function isArticle(obj: JsonObject): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (isObject(value)) return text(value['name'] ?? value['@id']);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function keywordList(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k !== '');
  if (Array.isArray(value)) return value.flatMap(keywordList);
  return [];
}

/** The first article object in JSON-LD data, looking inside arrays and `@graph`. */
function findArticle(value: unknown, depth = 0): JsonObject | null {
  if (depth > 6) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  if (isArticle(value)) return value;
  return findArticle(value['@graph'], depth + 1);
}

/** The article described by a page's JSON-LD scripts; broken scripts are skipped. */
export function readJsonLd(scripts: readonly string[]): LdArticle | null {
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      // Sites ship broken JSON-LD often enough; the page's other metadata still counts.
      continue;
    }
    const article = findArticle(data);
    if (article === null) continue;
    return {
      headline: text(article['headline'] ?? article['name']),
      datePublished: text(article['datePublished']),
      dateModified: text(article['dateModified']),
      publisher: text(article['publisher']),
      keywords: keywordList(article['keywords']),
      url: text(article['url'] ?? article['mainEntityOfPage']),
      language: text(article['inLanguage']),
    };
  }
  return null;
}

const PUBLISHED_META_NAMES = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
];

/** Date candidates for the publication date, strongest source first. */
export function metaDates(
  meta: HtmlMetaCollector,
  ld: LdArticle | null,
  times: readonly string[],
): MetaDate[] {
  const dates: MetaDate[] = [];
  for (const name of PUBLISHED_META_NAMES) {
    for (const value of meta.metas.get(name) ?? []) dates.push({ value, source: name });
  }
  if (ld?.datePublished != null)
    dates.push({ value: ld.datePublished, source: 'datePublished (JSON-LD)' });
  if (ld?.dateModified != null)
    dates.push({ value: ld.dateModified, source: 'dateModified (JSON-LD)' });
  for (const value of times) dates.push({ value, source: 'time[datetime]' });
  return dates;
}

/** Tags: JSON-LD keywords and article:tag; the often stuffed `keywords` meta only as a fallback. */
export function metaKeywords(meta: HtmlMetaCollector, ld: LdArticle | null): string[] {
  const strong = [
    ...(ld?.keywords ?? []),
    ...(meta.metas.get('article:tag') ?? []),
    ...(meta.metas.get('news_keywords') ?? []).flatMap(keywordList),
  ];
  return strong.length > 0 ? strong : (meta.metas.get('keywords') ?? []).flatMap(keywordList);
}

const TITLE_SEPARATOR = /\s+[|–—:-]\s+|\s+::\s+/u;

/**
 * A `<title>` without the site's name: "Talks resume | Example News" → "Talks resume". A last part
 * goes when it is the site name, or short and shorter than the rest; a first part only when it is
 * the site name.
 */
export function cleanPageTitle(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return title.trim();
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  const isSiteName = (p: string): boolean =>
    siteName !== null && p.toLowerCase() === siteName.toLowerCase();
  // Sites append their name far more often than they prepend it, so a short last part is taken
  // for the name; a first part must be the known site name.
  const isShort = last.split(/\s+/).length <= 3;
  if ((isSiteName(last) || isShort) && parts.slice(0, -1).join(' - ').length > last.length) {
    return title
      .slice(0, title.lastIndexOf(last))
      .replace(/[\s|–—:-]+$/u, '')
      .trim();
  }
  if (isSiteName(first)) {
    return title.slice(title.indexOf(parts[1] ?? '')).trim();
  }
  return title.trim();
}
