import type { CompareRow, Comparison } from '../../../shared/compare/compare-rows.ts';
import { coverageRows, outletLabel } from '../../../shared/compare/compare-rows.ts';
import type { CompareViewState } from '../../../shared/compare/view-state.ts';
import { plural } from '../ui/format.ts';
import { ColumnPicker } from './ColumnPicker.tsx';
import { HelpPopover } from './HelpPopover.tsx';
import { Switch } from './Switch.tsx';

interface CompareToolbarProps {
  state: CompareViewState;
  comparison: Comparison | undefined;
  rows: readonly CompareRow[];
  isHelpOpen: boolean;
  onHelpOpenChange: (isOpen: boolean) => void;
  onUpdate: (patch: Partial<CompareViewState>) => void;
  onOpenStories: () => void;
  /** Whether the framing summary panel is open, and its toggle. */
  isSummaryOpen?: boolean;
  onToggleSummary?: () => void;
}

/** The comparison's title and figures, and every control that changes what the grid shows. */
export function CompareToolbar({
  state,
  comparison,
  rows,
  isHelpOpen,
  onHelpOpenChange,
  onUpdate,
  onOpenStories,
  isSummaryOpen = false,
  onToggleSummary,
}: CompareToolbarProps) {
  const onlyIn = rows.filter((row) => row.carriedBy.length === 1).length;
  const edited = rows.filter((row) => row.nearIdentical.length > 0).length;
  const records = comparison?.articles.map((entry) => entry.article) ?? [];
  const recordOf = (id: string) => records.find((article) => article.id === id);

  return (
    <div className="compare__header">
      <div className="compare__title-row">
        <button type="button" className="button button--ghost" onClick={onOpenStories}>
          ← Stories
        </button>
        <div className="compare__heading">
          <h1 className="compare__title">{state.title}</h1>
          <p className="compare__figures tabular" role="status">
            {comparison
              ? `${plural(state.columns.length, 'column')} · ${plural(rows.length, 'row')} · ${plural(
                  coverageRows(rows).length,
                  'shared fact',
                )} · ${onlyIn} only in one outlet · ${plural(edited, 'edited copy', 'edited copies')}`
              : 'Aligning…'}
          </p>
          {state.candidates.length > state.columns.length ? (
            <p className="compare__more">
              Showing {state.columns.length} of {state.candidates.length} articles; choose which
              under Columns.
            </p>
          ) : null}
        </div>
        <HelpPopover isOpen={isHelpOpen} onOpenChange={onHelpOpenChange} />
      </div>
      <div className="compare__controls">
        <div className="segmented" role="tablist" aria-label="Compare panel">
          {(['rows', 'coverage'] as const).map((panel) => (
            <button
              key={panel}
              type="button"
              role="tab"
              aria-selected={state.panel === panel}
              className={`segmented__option${state.panel === panel ? ' segmented__option--on' : ''}`}
              onClick={() => onUpdate({ panel })}
            >
              {panel === 'rows' ? 'Side by side' : 'Coverage matrix'}
            </button>
          ))}
        </div>
        <label className="compare__pivot">
          <span className="muted">Pivot</span>
          <select
            className="input select"
            aria-label="Pivot"
            value={state.pivot ?? ''}
            onChange={(event) => onUpdate({ pivot: event.target.value })}
          >
            {state.columns.map((id) => {
              const article = recordOf(id);
              return (
                <option key={id} value={id}>
                  {article ? `${outletLabel(article)} — ${article.title}` : id}
                </option>
              );
            })}
          </select>
        </label>
        <ColumnPicker state={state} known={records} onUpdate={onUpdate} />
        {onToggleSummary ? (
          <button
            type="button"
            className={`button button--secondary${isSummaryOpen ? ' button--on' : ''}`}
            aria-pressed={isSummaryOpen}
            aria-controls="framing-summary"
            title="Framing by outlet: voices, term choices, hedges, frames, contradictions; export a report"
            onClick={onToggleSummary}
          >
            Summary
          </button>
        ) : null}
        <span className="compare__spacer" />
        <Switch
          label="Word diff"
          hint={edited > 0 ? `(${edited})` : undefined}
          isChecked={state.showDiff}
          onChange={(showDiff) => onUpdate({ showDiff })}
        />
        <Switch
          label="Ignore case and punctuation"
          isChecked={state.ignoreCaseAndPunctuation}
          isDisabled={!state.showDiff}
          onChange={(ignoreCaseAndPunctuation) => onUpdate({ ignoreCaseAndPunctuation })}
        />
      </div>
    </div>
  );
}
