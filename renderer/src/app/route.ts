/**
 * The app's location lives in the URL hash (`#/library`, `#/article/<id>`) so that a reload, the
 * back button and Electron's app:// protocol all keep the user where they were.
 */
export type Route = { view: 'library' } | { view: 'article'; articleId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/article\/(.+)$/.exec(hash);
  if (match?.[1]) return { view: 'article', articleId: decodeURIComponent(match[1]) };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  return route.view === 'article'
    ? `#/article/${encodeURIComponent(route.articleId)}`
    : '#/library';
}
