import { useDeferredValue, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { labelPieces, type PaletteItem, type PaletteMatch } from './palette-items.ts';
import { usePaletteItems } from './usePaletteItems.ts';
import { PaletteOption } from './PaletteOption.tsx';

interface CommandPaletteProps {
  isOpen: boolean;
  onClose: () => void;
  onPick: (item: PaletteItem) => void;
  /** Searches passages for the typed text (the first entry whenever something is typed). */
  onSearch: (text: string) => void;
}

const shown = 12;
const kindLabel = {
  article: 'Article',
  story: 'Story',
  outlet: 'Outlet',
  code: 'Code',
  view: 'Go to',
} as const;

/** Ctrl/Cmd+K: jump to an article, story, outlet or view by a fuzzy name. */
export function CommandPalette({ isOpen, onClose, onPick, onSearch }: CommandPaletteProps) {
  const { search, error } = usePaletteItems(isOpen);
  if (!isOpen) return null;
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onMouseDown={(event) => event.stopPropagation()}
      >
        <PaletteBody
          search={search}
          hasFailed={error !== null && !search}
          onClose={onClose}
          onPick={onPick}
          onSearch={onSearch}
        />
      </div>
    </div>
  );
}

interface PaletteBodyProps extends Omit<CommandPaletteProps, 'isOpen'> {
  search: ((query: string, limit: number) => PaletteMatch[]) | null;
  hasFailed: boolean;
}

/** Mounted with the dialog, so each opening starts with an empty query at the first entry. */
function PaletteBody({ search, hasFailed, onClose, onPick, onSearch }: PaletteBodyProps) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const matches = search ? search(deferredQuery, shown) : [];
  const trimmed = query.trim();
  const count = matches.length + (trimmed ? 1 : 0);
  const current = Math.min(active, count - 1);

  // Closing gives focus back to where it was; a view opened from the palette then takes it over.
  useEffect(() => {
    const previous = document.activeElement;
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  const choose = (index: number) => {
    onClose();
    if (trimmed && index === 0) onSearch(trimmed);
    else {
      const match = matches[trimmed ? index - 1 : index];
      if (match) onPick(match.item);
    }
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(Math.max(current + step, 0), count - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current >= 0) choose(current);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // The input is the dialog's only stop: Tab must not wander into the page behind it.
      event.preventDefault();
    }
  };
  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <>
      <input
        className="palette__input"
        autoFocus
        role="combobox"
        aria-label="Jump to"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder="Jump to an article, story, outlet or view…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={handleKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matches" className="palette__list">
        {trimmed ? (
          <PaletteOption
            id={optionId(0)}
            isActive={current === 0}
            kind="Search"
            kindClass=""
            label={`Search passages for “${trimmed}”`}
            detail="Enter"
            onHover={() => setActive(0)}
            onChoose={() => choose(0)}
          />
        ) : null}
        {matches.map((match, at) => {
          const index = trimmed ? at + 1 : at;
          const { item } = match;
          return (
            <PaletteOption
              key={item.key}
              id={optionId(index)}
              isActive={current === index}
              kind={kindLabel[item.kind]}
              kindClass={`palette__kind--${item.kind}`}
              label={labelPieces(item.label, match.ranges).map((piece, i) =>
                piece.isMatch ? <mark key={i}>{piece.text}</mark> : piece.text,
              )}
              lang={item.kind === 'article' ? (item.lang ?? undefined) : undefined}
              detail={item.detail}
              onHover={() => setActive(index)}
              onChoose={() => choose(index)}
            />
          );
        })}
      </ul>
      {!search ? (
        <p className="palette__status">
          {hasFailed ? 'The library could not be read.' : 'Loading the library…'}
        </p>
      ) : trimmed && matches.length === 0 ? (
        <p className="palette__status">No article, story or outlet is called anything like that.</p>
      ) : null}
      <p className="palette__footer">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> move
        </span>
        <span>
          <kbd>Enter</kbd> open
        </span>
        <span>
          <kbd>Esc</kbd> close
        </span>
      </p>
    </>
  );
}
