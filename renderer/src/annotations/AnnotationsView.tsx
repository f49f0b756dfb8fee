import { useCallback, useMemo, useState } from 'react';
import { markApplied, usePendingCodeFilter } from './code-filter-request.ts';
import type { AnnotationRow } from '../../../shared/api/annotation-methods.ts';
import { useApi } from '../api/useApi.ts';
import { useApiEvent } from '../api/useApiEvent.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import type { PassageTarget } from '../reader/passage-target.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { AgreementTab } from './AgreementTab.tsx';
import { CodebooksTab } from './CodebooksTab.tsx';
import { CoderControl } from './CoderControl.tsx';
import { ExportImport } from './ExportImport.tsx';
import { noFilter, toApiFilter, matchesFilter, type PassageFilter } from './passage-filter.ts';
import { annotationTarget, PassagesTab } from './PassagesTab.tsx';
import { UndoToast } from './UndoToast.tsx';
import { useCodebooks } from './useCodebooks.ts';
import { useUndoDelete } from './useUndoDelete.ts';

interface AnnotationsViewProps {
  /** Opens an article, landing on a passage when given. */
  onOpenArticle: (articleId: string, target?: PassageTarget) => void;
}

type Tab = 'passages' | 'codebooks' | 'agreement';

const tabs: { id: Tab; label: string }[] = [
  { id: 'passages', label: 'Passages' },
  { id: 'codebooks', label: 'Codebooks' },
  { id: 'agreement', label: 'Agreement' },
];

const noRows: AnnotationRow[] = [];

/** The annotations panel: every coded passage, filterable, with its codebooks and coders. */
export function AnnotationsView({ onOpenArticle }: AnnotationsViewProps) {
  const api = useApi();
  const [tab, setTab] = useState<Tab>('passages');
  const [filter, setFilter] = useState<PassageFilter>(noFilter);
  // A code picked in the command palette shows its passages.
  const request = usePendingCodeFilter();
  if (request) {
    markApplied(request);
    setFilter({ ...noFilter, codeId: request.codeId });
    setTab('passages');
  }
  const list = useAsync(useCallback(() => api.call('annotations.list', {}), [api]));
  const { reload } = list;
  useApiEvent('annotations.changed', reload);
  useApiEvent('codebooks.changed', reload);
  useLibraryChanged(reload);
  const codebooks = useCodebooks();
  const undo = useUndoDelete();
  const rows = list.data ?? noRows;
  const shownCount = useMemo(
    () => rows.filter((row) => matchesFilter(row, filter)).length,
    [rows, filter],
  );
  const orphans = rows.filter((row) => row.status === 'orphan').length;
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);

  return (
    <section className="view anno-view" aria-label="Annotations">
      <div className="page-header">
        <div>
          <h1 className="page-header__title">Annotations</h1>
          <p className="page-header__subtitle" role="status">
            {list.data
              ? `${rows.length} coded ${rows.length === 1 ? 'passage' : 'passages'}${
                  orphans > 0 ? ` · ${orphans} to review` : ''
                }`
              : list.error
                ? ''
                : 'Loading…'}
          </p>
        </div>
        <div className="page-header__actions">
          <CoderControl />
          <ExportImport filter={apiFilter} count={shownCount} />
        </div>
      </div>
      <div className="anno-tabs" role="tablist" aria-label="Annotations panel">
        {tabs.map((entry) => (
          <button
            key={entry.id}
            type="button"
            role="tab"
            id={`anno-tab-${entry.id}`}
            aria-selected={tab === entry.id}
            aria-controls={`anno-panel-${entry.id}`}
            className={`anno-tabs__tab${tab === entry.id ? ' anno-tabs__tab--on' : ''}`}
            onClick={() => setTab(entry.id)}
          >
            {entry.label}
            {entry.id === 'passages' && orphans > 0 ? (
              <span className="anno-tabs__badge" aria-label={`${orphans} to review`}>
                {orphans}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div
        className="anno-view__body"
        role="tabpanel"
        id={`anno-panel-${tab}`}
        aria-labelledby={`anno-tab-${tab}`}
      >
        {list.error && !list.data ? (
          <ErrorNotice
            title="Annotations could not be loaded."
            error={list.error}
            onRetry={reload}
          />
        ) : null}
        {codebooks.error && !codebooks.data ? (
          <ErrorNotice
            title="Codebooks could not be loaded."
            error={codebooks.error}
            onRetry={codebooks.reload}
          />
        ) : null}
        {undo.error ? (
          <ErrorNotice title="That did not work." error={new Error(undo.error)} />
        ) : null}
        {tab === 'passages' && list.data ? (
          <PassagesTab
            rows={rows}
            books={codebooks.books}
            codes={codebooks.codes}
            filter={filter}
            onFilterChange={setFilter}
            onOpenArticle={onOpenArticle}
            onDelete={(row) => void undo.remove(row.id)}
            onDeleted={undo.setDeleted}
            onChanged={reload}
          />
        ) : null}
        {tab === 'codebooks' ? (
          <CodebooksTab
            books={codebooks.books}
            isLoading={codebooks.isLoading && !codebooks.data}
            onShowPassages={(codeId) => {
              setFilter({ ...noFilter, codeId });
              setTab('passages');
            }}
          />
        ) : null}
        {tab === 'agreement' ? (
          <AgreementTab
            rows={rows}
            books={codebooks.books}
            codes={codebooks.codes}
            onOpenPassage={(articleId, start, end) =>
              onOpenArticle(articleId, annotationTarget({ start, end }))
            }
          />
        ) : null}
      </div>
      {undo.deleted ? (
        <UndoToast
          message="Annotation deleted."
          onUndo={() => void undo.undo()}
          onClose={undo.dismiss}
        />
      ) : null}
    </section>
  );
}
