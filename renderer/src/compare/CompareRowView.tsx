import { memo } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { outletLabel, type CompareRow } from '../../../shared/compare/compare-rows.ts';
import { CompareCell } from './CompareCell.tsx';
import { RowGutter } from './RowGutter.tsx';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';

interface CompareRowViewProps {
  row: CompareRow;
  records: ReadonlyMap<string, ArticleRecord>;
  cuesByArticle: ReadonlyMap<string, readonly FramingCue[]>;
  pivot: string;
  isActive: boolean;
  showDiff: boolean;
  ignoreCaseAndPunctuation: boolean;
  onActivate: (index: number) => void;
}

/** One aligned row: the gutter with its score, then a cell per column, filled or labelled empty. */
export const CompareRowView = memo(function CompareRowView({
  row,
  records,
  cuesByArticle,
  pivot,
  isActive,
  showDiff,
  ignoreCaseAndPunctuation,
  onActivate,
}: CompareRowViewProps) {
  const onlyIn = row.carriedBy.length === 1 ? records.get(row.carriedBy[0] ?? '') : undefined;
  const base = row.cells.find((cell) => cell.articleId === row.baseId);
  const baseRecord = row.baseId ? records.get(row.baseId) : undefined;
  const className = [
    'compare-grid__row',
    isActive ? 'compare-grid__row--active' : '',
    onlyIn ? 'compare-grid__row--only' : '',
  ].join(' ');
  return (
    <div role="row" className={className} data-row={row.index}>
      <RowGutter row={row} onFocus={() => onActivate(row.index)} />
      {row.cells.map((cell) => {
        const article = records.get(cell.articleId);
        const hasDiff = showDiff && row.nearIdentical.includes(cell.articleId);
        return (
          <CompareCell
            key={cell.articleId}
            cell={cell}
            cues={cuesByArticle.get(cell.articleId)}
            language={article?.language ?? null}
            onlyIn={onlyIn ? outletLabel(onlyIn) : null}
            isPivot={cell.articleId === pivot}
            isDiffBase={showDiff && row.nearIdentical.length > 0 && cell.articleId === row.baseId}
            diffAgainst={
              hasDiff && base && baseRecord
                ? { text: base.text, outlet: outletLabel(baseRecord), ignoreCaseAndPunctuation }
                : null
            }
          />
        );
      })}
    </div>
  );
});
