import type { ArticleLine } from '../../../shared/api/schemas.ts';
import { isRemoved, removalLabel } from './line-labels.ts';

interface SourceLinesProps {
  lines: ArticleLine[];
  language: string | null;
}

/**
 * Every line of the source, in order: body lines as in the reader, removed lines greyed with the
 * importer's reason, so nothing is hidden from the user.
 */
export function SourceLines({ lines, language }: SourceLinesProps) {
  return (
    <ol className="source-lines" lang={language ?? undefined} aria-label="Source lines">
      {lines.map((line) => {
        if (line.role === 'blank') {
          return (
            <li key={line.line} className="source-line source-line--blank" aria-hidden="true" />
          );
        }
        const removed = isRemoved(line);
        return (
          <li
            key={line.line}
            className={
              removed
                ? `source-line source-line--removed source-line--${line.role}`
                : `source-line source-line--${line.role}`
            }
          >
            <span className="source-line__number" aria-label={`line ${line.line}`}>
              {line.line}
            </span>
            <span className="source-line__text">{line.text}</span>
            {removed ? (
              <span className={`line-label line-label--${line.role}`}>{removalLabel(line)}</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
