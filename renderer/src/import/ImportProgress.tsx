import { formatCount } from '../ui/format.ts';

const maxPathChars = 64;

/** The end of a long path is the part that tells files apart: "…/2019/03/story-12.txt". */
function tailOf(path: string): string {
  return path.length <= maxPathChars ? path : `…${path.slice(-(maxPathChars - 1))}`;
}

interface ImportProgressProps {
  done: number;
  total: number;
  file: string | null;
  isCancelRequested: boolean;
  onCancel: () => void;
}

export function ImportProgress({
  done,
  total,
  file,
  isCancelRequested,
  onCancel,
}: ImportProgressProps) {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="import-progress">
      <div className="import-panel__header">
        <h2 className="import-panel__title">
          {isCancelRequested ? 'Cancelling import…' : 'Importing…'}
        </h2>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onCancel}
          disabled={isCancelRequested}
        >
          Cancel
        </button>
      </div>
      <progress
        className="progress"
        max={Math.max(total, 1)}
        value={done}
        aria-label="Import progress"
        aria-valuetext={`${done} of ${total} files`}
      />
      <p className="import-progress__counts">
        <span className="tabular">
          {formatCount(done)} of {formatCount(total)} files
        </span>
        <span className="tabular">{percent}%</span>
      </p>
      <p className="import-progress__file" title={file ?? undefined}>
        {file ? tailOf(file) : 'Reading files…'}
      </p>
    </div>
  );
}
