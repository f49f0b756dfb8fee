import { useCallback, useState } from 'react';
import { LibraryView } from '../library/LibraryView.tsx';
import { ReaderView } from '../reader/ReaderView.tsx';
import { ImportPanel } from '../import/ImportPanel.tsx';
import { DropZone } from '../import/DropZone.tsx';
import { useImportSession } from '../import/useImportSession.ts';
import { Sidebar } from './Sidebar.tsx';
import { Toast } from './Toast.tsx';
import { useRoute } from './useRoute.ts';

export function App() {
  const [route, navigate] = useRoute();
  const imports = useImportSession();
  const [toast, setToast] = useState<string | null>(null);
  const handleOpenArticle = useCallback(
    (articleId: string) => navigate({ view: 'article', articleId }),
    [navigate],
  );
  const handleOpenLibrary = useCallback(() => navigate({ view: 'library' }), [navigate]);

  return (
    <div className="app">
      <Sidebar view={route.view} onOpenLibrary={handleOpenLibrary} />
      <main className="main">
        <LibraryView
          isHidden={route.view !== 'library'}
          onOpenArticle={handleOpenArticle}
          onImport={imports.startImport}
        />
        {route.view === 'article' ? (
          <ReaderView
            key={route.articleId}
            articleId={route.articleId}
            onBack={handleOpenLibrary}
          />
        ) : null}
      </main>
      <ImportPanel
        session={imports.session}
        onCancel={imports.cancel}
        onDismiss={imports.dismiss}
        onOpenArticle={handleOpenArticle}
      />
      <DropZone onImport={imports.startImport} onError={setToast} />
      {toast ? <Toast message={toast} onClose={() => setToast(null)} /> : null}
    </div>
  );
}
