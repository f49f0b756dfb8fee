import { useCallback } from 'react';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';
import { plural } from '../ui/format.ts';
import { Logo } from './Logo.tsx';
import type { Route } from './route.ts';

interface SidebarProps {
  /** The reader belongs to the Library section, so Library stays highlighted there. */
  view: Route['view'];
  onOpenLibrary: () => void;
}

/** Views that exist in the design but not yet in the app; shown disabled so the map is honest. */
const upcomingViews = ['Compare', 'Search', 'Annotate'];

export function Sidebar({ view, onOpenLibrary }: SidebarProps) {
  const api = useApi();
  const info = useAsync(useCallback(() => api.call('library.getInfo', {}), [api]));
  const { reload } = info;
  useLibraryChanged(reload);

  return (
    <nav className="sidebar" aria-label="Views">
      <div className="sidebar__brand">
        <Logo />
        <span className="sidebar__name">Parallax</span>
      </div>
      <ul className="sidebar__nav">
        <li>
          <button
            type="button"
            className="nav-item nav-item--active"
            aria-current={view === 'library' ? 'page' : undefined}
            onClick={onOpenLibrary}
          >
            Library
          </button>
        </li>
        {upcomingViews.map((view) => (
          <li key={view}>
            <button
              type="button"
              className="nav-item"
              disabled
              title={`${view} is not available yet`}
            >
              {view}
              <span className="nav-item__soon">soon</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="sidebar__footer">
        {info.data
          ? `${plural(info.data.articleCount, 'article')} · v${info.data.version}`
          : '\u00a0'}
      </p>
    </nav>
  );
}
