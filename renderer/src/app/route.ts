/**
 * The app's location lives in the URL hash (`#/library`, `#/article/<id>`, `#/stories`,
 * `#/compare`, `#/search`,
 * `#/annotations`, `#/lexicons`) so that a reload, the back button and Electron's app:// protocol all
 * keep the user where they were. What the compare view shows is saved view state, not part of the
 * hash; an article opened from a search hit carries its passage (`#/article/<id>?passage=…`).
 */
import { formatTarget, parseTarget, type PassageTarget } from '../reader/passage-target.ts';

export type Route =
  | { view: 'library' }
  // From a search hit: the passage to land on, and back leads to the results.
  | { view: 'article'; articleId: string; target?: PassageTarget | null; from?: 'search' }
  | { view: 'search' }
  | { view: 'stories' }
  | { view: 'compare' }
  | { view: 'annotations' }
  | { view: 'lexicons' };

export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (match?.[1]) {
    const query = match[2] ?? '';
    const article = { view: 'article', articleId: decodeURIComponent(match[1]) } as const;
    if (!query) return article;
    const from = new URLSearchParams(query).get('from') === 'search' ? 'search' : undefined;
    return { ...article, target: parseTarget(query), ...(from ? { from } : {}) };
  }
  if (hash === '#/search') return { view: 'search' };
  if (hash === '#/stories') return { view: 'stories' };
  if (hash === '#/compare') return { view: 'compare' };
  if (hash === '#/annotations') return { view: 'annotations' };
  if (hash === '#/lexicons') return { view: 'lexicons' };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  if (route.view !== 'article') return `#/${route.view}`;
  const path = `#/article/${encodeURIComponent(route.articleId)}`;
  const query = [
    route.target ? formatTarget(route.target) : '',
    route.from ? `from=${route.from}` : '',
  ]
    .filter(Boolean)
    .join('&');
  return query ? `${path}?${query}` : path;
}
