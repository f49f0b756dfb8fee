import type { ReactNode } from 'react';
import { formatCount } from '../ui/format.ts';

/** Lines beyond this are summarised; a report of 10,000 files stays responsive. */
const maxLines = 500;
/** Longer sections start folded so the failures above them stay in view. */
const maxOpenLines = 20;

interface ReportSectionProps<T> {
  title: string;
  tone: 'ok' | 'skip' | 'fail';
  items: T[];
  renderItem: (item: T, index: number) => ReactNode;
}

export function ReportSection<T>({ title, tone, items, renderItem }: ReportSectionProps<T>) {
  if (items.length === 0) return null;
  const hidden = items.length - maxLines;
  return (
    <details
      className={`report-section report-section--${tone}`}
      aria-label={title}
      open={tone === 'fail' || items.length <= maxOpenLines}
    >
      <summary className="report-section__title">
        {title} <span className="report-section__count">{formatCount(items.length)}</span>
      </summary>
      <ul className="report-section__list">
        {items.slice(0, maxLines).map((item, index) => (
          <li key={index}>{renderItem(item, index)}</li>
        ))}
      </ul>
      {hidden > 0 ? <p className="report-section__more">…and {formatCount(hidden)} more</p> : null}
    </details>
  );
}
