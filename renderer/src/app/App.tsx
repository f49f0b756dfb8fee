import { useCallback, useState } from 'react';
import type { CompareViewState } from '../../../shared/compare/view-state.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { ReaderView } from '../reader/ReaderView.tsx';
import { StoriesView } from '../stories/StoriesView.tsx';
import { CompareView } from '../compare/CompareView.tsx';
import { useCompareSession } from '../compare/useCompareSession.ts';
import { ImportPanel } from '../import/ImportPanel.tsx';
import { DropZone } from '../import/DropZone.tsx';
import { useImportSession } from '../import/useImportSession.ts';
import { Sidebar } from './Sidebar.tsx';
import { Toast } from './Toast.tsx';
import { useRoute } from './useRoute.ts';
import { SearchView } from '../search/SearchView.tsx';
import { useSearchCommands } from '../search/useSearchCommands.ts';
import { CommandPalette } from '../palette/CommandPalette.tsx';
import { AnnotationsView } from '../annotations/AnnotationsView.tsx';
import { LexiconsView } from '../lexicons/LexiconsView.tsx';

export function App() {
  const [route, navigate] = useRoute();
  const imports = useImportSession();
  const compare = useCompareSession();
  const [toast, setToast] = useState<string | null>(null);
  const handleOpenArticle = useCallback(
    (articleId: string) => navigate({ view: 'article', articleId }),
    [navigate],
  );
  const handleOpenLibrary = useCallback(() => navigate({ view: 'library' }), [navigate]);
  const handleOpenStories = useCallback(() => navigate({ view: 'stories' }), [navigate]);
  const { open: openComparison } = compare;
  const handleCompare = useCallback(
    (state: CompareViewState) => {
      openComparison(state);
      navigate({ view: 'compare' });
    },
    [navigate, openComparison],
  );

  const commands = useSearchCommands(navigate, handleCompare);
  const isFromSearch = route.view === 'article' && route.from === 'search';

  return (
    <div className="app">
      <Sidebar
        view={isFromSearch ? 'search' : route.view}
        onNavigate={(view) => navigate({ view })}
      />
      <main className="main">
        <LibraryView
          isHidden={route.view !== 'library'}
          onOpenArticle={handleOpenArticle}
          onImport={imports.startImport}
          onCompare={handleCompare}
          filterRequest={commands.libraryFilter}
        />
        <SearchView
          isHidden={route.view !== 'search'}
          session={commands.search}
          onOpenHit={commands.openHit}
        />
        {route.view === 'article' ? (
          <ReaderView
            key={route.articleId}
            articleId={route.articleId}
            target={route.target}
            onBack={isFromSearch ? () => navigate({ view: 'search' }) : handleOpenLibrary}
            backLabel={isFromSearch ? 'Search results' : 'Library'}
            onFindElsewhere={commands.searchFor}
          />
        ) : null}
        {route.view === 'stories' ? (
          <StoriesView onCompare={handleCompare} onOpenArticle={handleOpenArticle} />
        ) : null}
        {route.view === 'compare' ? (
          <CompareView
            session={compare}
            onOpenStories={handleOpenStories}
            onOpenArticle={handleOpenArticle}
            onFindElsewhere={commands.searchFor}
          />
        ) : null}
        {route.view === 'annotations' ? (
          <AnnotationsView
            onOpenArticle={(articleId, target) =>
              navigate({ view: 'article', articleId, target: target ?? null })
            }
          />
        ) : null}
        {route.view === 'lexicons' ? <LexiconsView /> : null}
      </main>
      <ImportPanel
        session={imports.session}
        onCancel={imports.cancel}
        onDismiss={imports.dismiss}
        onOpenArticle={handleOpenArticle}
      />
      <DropZone onImport={imports.startImport} onError={setToast} />
      {toast ? <Toast message={toast} onClose={() => setToast(null)} /> : null}
      <CommandPalette {...commands.palette} />
    </div>
  );
}
