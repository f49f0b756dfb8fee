import { useCallback } from 'react';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { useAsync } from '../ui/useAsync.ts';
import { plural } from '../ui/format.ts';
import { Logo } from './Logo.tsx';
import type { Route } from './route.ts';

type Section = 'library' | 'search' | 'stories' | 'compare' | 'annotations' | 'lexicons';

interface SidebarProps {
  /** The reader belongs to the Library section, so Library stays highlighted there. */
  view: Route['view'];
  onNavigate: (section: Section) => void;
}

const sections: { id: Section; label: string }[] = [
  { id: 'library', label: 'Library' },
  { id: 'search', label: 'Search' },
  { id: 'stories', label: 'Stories' },
  { id: 'compare', label: 'Compare' },
  { id: 'annotations', label: 'Annotations' },
  { id: 'lexicons', label: 'Lexicons' },
];

export function Sidebar({ view, onNavigate }: SidebarProps) {
  const api = useApi();
  const info = useAsync(useCallback(() => api.call('library.getInfo', {}), [api]));
  const { reload } = info;
  useLibraryChanged(reload);
  const current: Section = view === 'article' ? 'library' : view;

  return (
    <nav className="sidebar" aria-label="Views">
      <div className="sidebar__brand">
        <Logo />
        <span className="sidebar__name">Parallax</span>
      </div>
      <ul className="sidebar__nav">
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className={`nav-item${current === section.id ? ' nav-item--active' : ''}`}
              aria-current={current === section.id ? 'page' : undefined}
              onClick={() => onNavigate(section.id)}
            >
              {section.label}
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
