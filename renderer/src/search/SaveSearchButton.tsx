import { useState, type FormEvent } from 'react';
import { usePopover } from '../library/usePopover.ts';

interface SaveSearchButtonProps {
  defaultName: string;
  onSave: (name: string) => Promise<void>;
}

/** "Save search…": names the current search (text and filters) and keeps it. */
export function SaveSearchButton({ defaultName, onSave }: SaveSearchButtonProps) {
  const { isOpen, rootRef, close, toggle } = usePopover<HTMLDivElement>();
  const [name, setName] = useState('');
  const handleToggle = () => {
    if (!isOpen) setName(defaultName);
    toggle();
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    void onSave(name.trim()).then(close);
  };
  return (
    <div className="popover-root" ref={rootRef}>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-expanded={isOpen}
        onClick={handleToggle}
      >
        Save search…
      </button>
      {isOpen ? (
        <form
          className="popover popover--right save-search"
          aria-label="Save search"
          onSubmit={handleSubmit}
        >
          <label className="save-search__label" htmlFor="save-search-name">
            Name
          </label>
          <input
            id="save-search-name"
            className="input"
            autoFocus
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="save-search__actions">
            <button type="button" className="button button--ghost button--small" onClick={close}>
              Cancel
            </button>
            <button
              type="submit"
              className="button button--primary button--small"
              disabled={!name.trim()}
            >
              Save
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
