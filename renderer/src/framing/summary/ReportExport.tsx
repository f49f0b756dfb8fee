import { useState } from 'react';
import { errorMessage } from '../../api/api-client.ts';
import { useApi } from '../../api/useApi.ts';
import { downloadBase64 } from './download.ts';

interface ReportExportProps {
  articleIds: readonly string[];
  pivot: string | null;
  title: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; format: 'html' | 'pdf' }
  | { kind: 'done' | 'error'; text: string };

/** Export buttons: the report as one HTML file, or as PDF where the desktop app can print it. */
export function ReportExport({ articleIds, pivot, title }: ReportExportProps) {
  const api = useApi();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async (format: 'html' | 'pdf') => {
    setStatus({ kind: 'busy', format });
    try {
      const result = await api.call('framing.exportReport', {
        articleIds: [...articleIds],
        ...(pivot ? { pivot } : {}),
        title,
        format,
      });
      if (result.contentBase64 !== undefined) {
        downloadBase64(result.fileName, result.mimeType, result.contentBase64);
      }
      setStatus({ kind: 'done', text: `Exported ${result.fileName}` });
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    }
  };
  const busy = status.kind === 'busy';
  return (
    <div className="fs-export">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => void run('html')}
      >
        {busy && status.format === 'html' ? 'Exporting…' : 'Export HTML'}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => void run('pdf')}
      >
        {busy && status.format === 'pdf' ? 'Exporting…' : 'Export PDF'}
      </button>
      <p
        className={`fs-export__status${status.kind === 'error' ? ' fs-export__status--error' : ''}`}
        role="status"
      >
        {status.kind === 'done' || status.kind === 'error' ? status.text : ''}
      </p>
    </div>
  );
}
