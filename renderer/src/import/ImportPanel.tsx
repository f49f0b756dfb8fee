import { isFinished, mergedReport, sessionProgress, type ImportSession } from './import-session.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportReportView } from './ImportReportView.tsx';

interface ImportPanelProps {
  session: ImportSession | null;
  onCancel: () => void;
  onDismiss: () => void;
  onOpenArticle: (id: string) => void;
}

/** Docked at the side of the window: progress while an import runs, then its report. */
export function ImportPanel({ session, onCancel, onDismiss, onOpenArticle }: ImportPanelProps) {
  if (!session) return null;
  const isDone = isFinished(session);
  return (
    <aside className="import-panel" aria-label={isDone ? 'Import report' : 'Import progress'}>
      {isDone ? (
        <ImportReportView
          report={mergedReport(session)}
          onClose={onDismiss}
          onOpenArticle={onOpenArticle}
        />
      ) : (
        <ImportProgress
          {...sessionProgress(session)}
          file={session.currentFile}
          isCancelRequested={session.isCancelRequested}
          onCancel={onCancel}
        />
      )}
    </aside>
  );
}
