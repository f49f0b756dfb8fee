import type { CompareRow, Comparison } from '../../../shared/compare/compare-rows.ts';
import { coverageRows, outletLabel, rowLabel } from '../../../shared/compare/compare-rows.ts';
import { EmptyState } from '../ui/EmptyState.tsx';

interface CoverageMatrixProps {
  comparison: Comparison;
  columns: readonly string[];
  rows: readonly CompareRow[];
  onJump: (index: number) => void;
}

/** Facts (rows two or more articles carry) against outlets: who reports what, who omits it. */
export function CoverageMatrix({ comparison, columns, rows, onJump }: CoverageMatrixProps) {
  const facts = coverageRows(rows);
  const records = new Map(comparison.articles.map((entry) => [entry.article.id, entry.article]));
  if (facts.length === 0) {
    return (
      <EmptyState title="No shared facts">
        No passage of these articles found a match in another column: each tells its own story.
      </EmptyState>
    );
  }
  return (
    <div className="coverage">
      <table className="coverage__table" aria-label="Coverage matrix">
        <thead>
          <tr>
            <th scope="col" className="coverage__fact-head">
              Fact <span className="muted">({facts.length})</span>
            </th>
            {columns.map((id) => (
              <th key={id} scope="col" className="coverage__outlet" title={records.get(id)?.title}>
                {outletLabel(records.get(id) ?? { outlet: null })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {facts.map((row) => (
            <tr key={row.index}>
              <th scope="row" className="coverage__fact">
                <button
                  type="button"
                  className="coverage__jump"
                  lang={records.get(row.baseId ?? '')?.language ?? undefined}
                  onClick={() => onJump(row.index)}
                >
                  <span className="coverage__row-number tabular">{row.index + 1}</span>
                  {rowLabel(row)}
                </button>
              </th>
              {columns.map((id) => {
                const reports = row.carriedBy.includes(id);
                return (
                  <td key={id} className={`coverage__cell${reports ? '' : ' coverage__cell--gap'}`}>
                    <span
                      className={reports ? 'coverage__dot' : 'coverage__gap'}
                      role="img"
                      aria-label={reports ? 'reports' : 'omits'}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Reports</th>
            {columns.map((id) => (
              <td key={id} className="coverage__total tabular">
                {facts.filter((row) => row.carriedBy.includes(id)).length} / {facts.length}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
