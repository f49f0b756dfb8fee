/**
 * The app's location lives in the URL hash (`#/library`, `#/article/<id>`, `#/stories`,
 * `#/compare`) so that a reload, the back button and Electron's app:// protocol all keep the user
 * where they were. What the compare view shows is saved view state, not part of the hash.
 */
export type Route =
  | { view: 'library' }
  | { view: 'article'; articleId: string }
  | { view: 'stories' }
  | { view: 'compare' };

export function parseRoute(hash: string): Route {
  const match = /^#\/article\/(.+)$/.exec(hash);
  if (match?.[1]) return { view: 'article', articleId: decodeURIComponent(match[1]) };
  if (hash === '#/stories') return { view: 'stories' };
  if (hash === '#/compare') return { view: 'compare' };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  return route.view === 'article'
    ? `#/article/${encodeURIComponent(route.articleId)}`
    : `#/${route.view}`;
}
