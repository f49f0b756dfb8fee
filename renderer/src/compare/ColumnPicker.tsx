import { useCallback, useId } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { outletLabel } from '../../../shared/compare/compare-rows.ts';
import {
  maxColumns,
  minColumns,
  type CompareViewState,
} from '../../../shared/compare/view-state.ts';
import { useApi } from '../api/useApi.ts';
import { usePopover } from '../library/usePopover.ts';
import { useAsync } from '../ui/useAsync.ts';

interface ColumnPickerProps {
  state: CompareViewState;
  /** Records already at hand (the shown columns); the rest come from the story list. */
  known: readonly ArticleRecord[];
  onUpdate: (patch: Partial<CompareViewState>) => void;
}

/** Which of the story's articles are columns: 2 to 6, ticked in a popover. */
export function ColumnPicker({ state, known, onUpdate }: ColumnPickerProps) {
  const api = useApi();
  const { isOpen, rootRef, toggle } = usePopover<HTMLDivElement>();
  const panelId = useId();
  const stories = useAsync(
    useCallback(
      () => (isOpen ? api.call('stories.list', {}) : Promise.resolve(null)),
      [api, isOpen],
    ),
  );
  const members = stories.data?.stories.find((story) => story.id === state.storyId)?.articles ?? [];
  const recordOf = (id: string) =>
    known.find((article) => article.id === id) ?? members.find((article) => article.id === id);
  const { columns, candidates } = state;

  const handleToggle = (id: string, isChecked: boolean) => {
    const next = isChecked ? [...columns, id] : columns.filter((column) => column !== id);
    if (next.length < minColumns || next.length > maxColumns) return;
    const pivot = state.pivot && next.includes(state.pivot) ? state.pivot : (next[0] ?? null);
    onUpdate({ columns: next, pivot });
  };

  return (
    <div className="popover-root" ref={rootRef}>
      <button
        type="button"
        className="select-button"
        aria-haspopup="true"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={toggle}
      >
        <span className="select-button__label">
          Columns: {columns.length} of {candidates.length}
        </span>
      </button>
      {isOpen ? (
        <div id={panelId} className="popover column-picker" role="group" aria-label="Columns">
          <p className="popover__empty">
            Show {minColumns}–{maxColumns} of this comparison&rsquo;s articles.
          </p>
          {candidates.map((id) => {
            const article = recordOf(id);
            const isChecked = columns.includes(id);
            const isLocked = isChecked
              ? columns.length <= minColumns
              : columns.length >= maxColumns;
            return (
              <label key={id} className={`check-row${isLocked ? ' check-row--locked' : ''}`}>
                <input
                  type="checkbox"
                  checked={isChecked}
                  disabled={isLocked}
                  onChange={(event) => handleToggle(id, event.target.checked)}
                />
                <span className="check-row__label">
                  {article ? (
                    <>
                      <strong>{outletLabel(article)}</strong> — {article.title}
                    </>
                  ) : stories.data ? (
                    <span className="muted">No longer in this story</span>
                  ) : (
                    'Loading…'
                  )}
                </span>
              </label>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
