import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import {
  maxColumns,
  minColumns,
  newCompareViewState,
  type CompareViewState,
} from '../../../shared/compare/view-state.ts';

interface CompareSelectionProps {
  picked: readonly ArticleRecord[];
  onCompare: (state: CompareViewState) => void;
  onClear: () => void;
}

/** "Compare (n)" for the articles ticked in the table: 2 to 6 of them. */
export function CompareSelection({ picked, onCompare, onClear }: CompareSelectionProps) {
  const count = picked.length;
  const canCompare = count >= minColumns && count <= maxColumns;
  const hint =
    count === 0
      ? 'Tick 2–6 articles (or Ctrl/Cmd-click rows) to compare them'
      : count < minColumns
        ? 'Pick at least one more article'
        : count > maxColumns
          ? `At most ${maxColumns} articles side by side`
          : `${count} articles picked`;
  const handleCompare = () => {
    const outlets = [...new Set(picked.map((article) => article.outlet ?? 'unknown outlet'))];
    const title = `${count} articles: ${outlets.join(', ')}`;
    onCompare(
      newCompareViewState(
        picked.map((article) => article.id),
        title,
        null,
      ),
    );
  };
  return (
    <div className="compare-selection">
      <span className="compare-selection__hint" aria-live="polite">
        {hint}
      </span>
      {count > 0 ? (
        <button type="button" className="link-button" onClick={onClear}>
          Clear
        </button>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={!canCompare}
        onClick={handleCompare}
      >
        Compare ({count})
      </button>
    </div>
  );
}
