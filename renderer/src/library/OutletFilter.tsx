import { useId } from 'react';
import type { Facets } from './useFacets.ts';
import { usePopover } from './usePopover.ts';
import { formatCount } from '../ui/format.ts';

interface OutletFilterProps {
  outlets: Facets['outlets'];
  selected: string[];
  onChange: (outlets: string[]) => void;
}

function summary(selected: string[]): string {
  if (selected.length === 0) return 'All outlets';
  if (selected.length === 1) return selected[0] ?? '';
  return `${selected.length} outlets`;
}

/** Multi-select of outlets with their article counts, as a checkbox list in a popover. */
export function OutletFilter({ outlets, selected, onChange }: OutletFilterProps) {
  const { isOpen, rootRef, toggle } = usePopover<HTMLDivElement>();
  const panelId = useId();
  const handleToggle = (value: string, isChecked: boolean) => {
    onChange(isChecked ? [...selected, value] : selected.filter((outlet) => outlet !== value));
  };

  return (
    <div className="popover-root" ref={rootRef}>
      <button
        type="button"
        className={`select-button${selected.length > 0 ? ' select-button--active' : ''}`}
        aria-haspopup="true"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={`Outlet filter: ${summary(selected)}`}
        onClick={toggle}
      >
        <span className="select-button__label">{summary(selected)}</span>
      </button>
      {isOpen ? (
        <div id={panelId} className="popover" role="group" aria-label="Outlets">
          {outlets.length === 0 ? <p className="popover__empty">No outlets yet.</p> : null}
          {outlets.map((outlet) => (
            <label key={outlet.value} className="check-row">
              <input
                type="checkbox"
                checked={selected.includes(outlet.value)}
                onChange={(event) => handleToggle(outlet.value, event.target.checked)}
              />
              <span className="check-row__label">{outlet.value}</span>
              <span className="check-row__count">{formatCount(outlet.count)}</span>
            </label>
          ))}
          {selected.length > 0 ? (
            <button
              type="button"
              className="link-button popover__clear"
              onClick={() => onChange([])}
            >
              Clear selection
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
