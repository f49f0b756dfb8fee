import { useEffect, useRef, useState } from 'react';
import type { AnnotationFilter } from '../../../shared/api/annotation-methods.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { readBase64 } from '../import/read-files.ts';
import { downloadBytes } from './download.ts';

type Format = 'w3c' | 'csv' | 'qdpx';

const formats: { id: Format; label: string; detail: string }[] = [
  { id: 'csv', label: 'CSV', detail: 'One row per coded passage, for spreadsheets and R' },
  { id: 'w3c', label: 'W3C Web Annotation JSON', detail: 'Standard anchors, re-importable' },
  { id: 'qdpx', label: 'REFI-QDA project (.qdpx)', detail: 'Continue in MAXQDA, ATLAS.ti, NVivo' },
];

interface ImportReport {
  added: number;
  orphans: number;
  problems: { item: string; reason: string }[];
}

/** Export the listed annotations (as the filters show them) and import W3C JSON or our CSV. */
export function ExportImport({ filter, count }: { filter: AnnotationFilter; count: number }) {
  const api = useApi();
  const [isOpen, setIsOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const menuRootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    const close = (event: PointerEvent) => {
      if (!menuRootRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [isOpen]);

  const exportAs = async (format: Format) => {
    setIsOpen(false);
    setIsBusy(true);
    setError(null);
    try {
      const result = await api.call('annotations.export', { format, filter });
      if (result.contentBase64 !== undefined) {
        downloadBytes(result.contentBase64, result.fileName, result.mimeType);
      }
      setMessage(
        `Exported ${result.count} ${result.count === 1 ? 'annotation' : 'annotations'} to ${result.path ?? result.fileName}.`,
      );
    } catch (failure) {
      setError(`Export failed: ${errorMessage(failure)}`);
    } finally {
      setIsBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setIsBusy(true);
    setError(null);
    setMessage(null);
    try {
      const contentBase64 = await readBase64(file);
      setReport(await api.call('annotations.import', { file: { name: file.name, contentBase64 } }));
    } catch (failure) {
      setError(`Import failed: ${errorMessage(failure)}`);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="anno-io">
      <div className="anno-io__buttons">
        <div className="popover-root" ref={menuRootRef}>
          <button
            type="button"
            className="button button--secondary"
            aria-haspopup="menu"
            aria-expanded={isOpen}
            disabled={isBusy}
            onClick={() => setIsOpen((open) => !open)}
          >
            Export…
          </button>
          {isOpen ? (
            <div
              className="popover popover--right anno-io__menu"
              role="menu"
              aria-label={`Export the ${count} listed ${count === 1 ? 'annotation' : 'annotations'}`}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  setIsOpen(false);
                } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                  event.preventDefault();
                  const items = [
                    ...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'),
                  ];
                  const at = items.indexOf(document.activeElement as HTMLElement);
                  const step = event.key === 'ArrowDown' ? 1 : -1;
                  items[(at + step + items.length) % items.length]?.focus();
                }
              }}
            >
              <p className="anno-io__menu-title">
                Export the {count} listed {count === 1 ? 'annotation' : 'annotations'} as
              </p>
              {formats.map((format, index) => (
                <button
                  key={format.id}
                  type="button"
                  role="menuitem"
                  className="anno-io__item"
                  autoFocus={index === 0}
                  onClick={() => void exportAs(format.id)}
                >
                  <span className="anno-io__item-label">{format.label}</span>
                  <span className="anno-io__item-detail">{format.detail}</span>
                </button>
              ))}
            </div>
          ) : null}
        </div>
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={() => fileRef.current?.click()}
        >
          Import…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,.jsonld,.csv"
          hidden
          data-testid="annotations-import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {message || error || report ? (
        <div className="anno-io__result" role="status">
          {error ? <p className="anno-io__error">{error}</p> : null}
          {message ? <p>{message}</p> : null}
          {report ? (
            <div>
              <p>
                Imported {report.added} {report.added === 1 ? 'annotation' : 'annotations'}
                {report.orphans > 0 ? `, ${report.orphans} without a place (to review)` : ''}
                {report.problems.length > 0
                  ? `; ${report.problems.length} ${report.problems.length === 1 ? 'item' : 'items'} refused:`
                  : '.'}
              </p>
              {report.problems.length > 0 ? (
                <ul className="anno-io__problems">
                  {report.problems.slice(0, 50).map((problem, index) => (
                    <li key={index}>
                      <strong>{problem.item}</strong>: {problem.reason}
                    </li>
                  ))}
                  {report.problems.length > 50 ? (
                    <li>…and {report.problems.length - 50} more</li>
                  ) : null}
                </ul>
              ) : null}
            </div>
          ) : null}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => {
              setMessage(null);
              setError(null);
              setReport(null);
            }}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
