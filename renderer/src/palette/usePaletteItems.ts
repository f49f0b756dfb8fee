import { useCallback, useMemo, useState } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import type { ApiClient } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';
import { formatPublished, languageName, plural } from '../ui/format.ts';
import { createPaletteSearch, viewItems, type PaletteItem } from './palette-items.ts';

const pageSize = 1000;
/**
 * Titles fetched for the palette: the most recently imported 20,000. A bigger library keeps its
 * older articles out of the palette (they stay reachable through the library and the search);
 * 20,000 short strings are a few MB and Fuse answers over them between keystrokes.
 */
const maxArticles = 20_000;

async function fetchArticles(api: ApiClient): Promise<ArticleRecord[]> {
  const articles: ArticleRecord[] = [];
  for (let offset = 0; offset < maxArticles; offset += pageSize) {
    const page = await api.call('articles.list', {
      sort: 'importedAt',
      direction: 'desc',
      offset,
      limit: pageSize,
    });
    articles.push(...page.items);
    if (page.items.length < pageSize || articles.length >= page.total) break;
  }
  return articles;
}

async function fetchItems(api: ApiClient): Promise<PaletteItem[]> {
  const [articles, stories, facets, codebooks] = await Promise.all([
    fetchArticles(api),
    api.call('stories.list', {}),
    api.call('articles.getFacets', {}),
    // Codes are a convenience here: the palette still works where codebooks cannot be read.
    api.call('codebooks.list', {}).catch(() => []),
  ]);
  return [
    ...viewItems,
    ...stories.stories.map((story): PaletteItem => ({
      kind: 'story',
      key: `story:${story.id}`,
      id: story.id,
      label: story.title,
      detail: plural(story.articles.length, 'article'),
      articleIds: story.articles.map((article) => article.id),
    })),
    ...facets.outlets.map((outlet): PaletteItem => ({
      kind: 'outlet',
      key: `outlet:${outlet.value}`,
      label: outlet.value,
      detail: plural(outlet.count, 'article'),
    })),
    ...codebooks.flatMap(({ codebook, codes }) =>
      codes
        .filter((code) => !code.retired)
        .map((code): PaletteItem => ({
          kind: 'code',
          key: `code:${code.id}`,
          id: code.id,
          label: code.name,
          detail: `${codebook.name} · ${plural(code.usage, 'passage')}`,
        })),
    ),
    ...articles.map((article): PaletteItem => ({
      kind: 'article',
      key: `article:${article.id}`,
      id: article.id,
      label: article.title || 'Untitled',
      detail: [
        article.outlet ?? 'Unknown outlet',
        formatPublished(article.published, 'short'),
        languageName(article.language),
      ].join(' · '),
      lang: article.language,
    })),
  ];
}

/**
 * The palette's items, fetched the first time it opens and again whenever the library changes
 * after that, so opening it is instant and never shows deleted articles.
 */
export function usePaletteItems(isOpen: boolean) {
  const api = useApi();
  const [wasOpened, setWasOpened] = useState(isOpen);
  if (isOpen && !wasOpened) setWasOpened(true);
  const load = useCallback(
    () => (wasOpened ? fetchItems(api) : Promise.resolve(null)),
    [api, wasOpened],
  );
  const state = useAsync(load);
  const { reload } = state;
  useLibraryChanged(reload);
  const search = useMemo(() => (state.data ? createPaletteSearch(state.data) : null), [state.data]);
  return { search, error: state.error, isLoading: !state.data };
}
