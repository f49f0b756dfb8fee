import type { ImportReport } from '../../../shared/api/schemas.ts';
import { plural } from '../ui/format.ts';
import { DuplicateOf } from './DuplicateOf.tsx';
import { ReportSection } from './ReportSection.tsx';

/** Titles of originals are fetched one call each; past this many the line stays generic. */
const maxTitleLookups = 50;

/** Zero counts stay grey: "0 failed" is good news and should not look like an alarm. */
const statClass = (tone: string, count: number) =>
  `stat ${count > 0 ? `stat--${tone}` : 'stat--zero'}`;

interface ImportReportViewProps {
  report: ImportReport;
  onClose: () => void;
  onOpenArticle: (id: string) => void;
}

/** What an import did, one line per file: failures first, then skipped duplicates, then imported (click to open). */
export function ImportReportView({ report, onClose, onOpenArticle }: ImportReportViewProps) {
  const { imported, skipped, failed } = report;
  const importedTitles = new Map(imported.map((article) => [article.id, article.title]));
  return (
    <div className="import-report">
      <div className="import-panel__header">
        <h2 className="import-panel__title">
          {report.cancelled ? 'Import cancelled' : 'Import finished'}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close import report"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <p className="import-report__summary" role="status">
        <span className={statClass('ok', imported.length)}>
          {plural(imported.length, 'imported', 'imported')}
        </span>
        <span className={statClass('skip', skipped.length)}>
          {plural(skipped.length, 'duplicate', 'duplicates')} skipped
        </span>
        <span className={statClass('fail', failed.length)}>
          {plural(failed.length, 'failed', 'failed')}
        </span>
      </p>
      <div className="import-report__sections">
        <ReportSection
          title="Failed"
          tone="fail"
          items={failed}
          renderItem={(failure) => (
            <div className="report-line">
              <span className="report-line__main">{failure.file}</span>
              <span className="report-line__detail report-line__detail--error">
                {failure.error}
              </span>
            </div>
          )}
        />
        <ReportSection
          title="Duplicates skipped"
          tone="skip"
          items={skipped}
          renderItem={(skip, index) => (
            <div className="report-line">
              <span className="report-line__main">{skip.file}</span>
              <span className="report-line__detail report-line__detail--wrap">
                {skip.duplicateOf ? (
                  <DuplicateOf
                    id={skip.duplicateOf}
                    knownTitle={importedTitles.get(skip.duplicateOf)}
                    shouldLookUp={index < maxTitleLookups}
                  />
                ) : (
                  skip.reason
                )}
              </span>
            </div>
          )}
        />
        <ReportSection
          title="Imported"
          tone="ok"
          items={imported}
          renderItem={(article) => (
            <button
              type="button"
              className="report-line report-line--link"
              onClick={() => onOpenArticle(article.id)}
            >
              <span className="report-line__main">{article.title || 'Untitled'}</span>
              <span className="report-line__detail">{article.file ?? article.outlet ?? ''}</span>
            </button>
          )}
        />
      </div>
    </div>
  );
}
