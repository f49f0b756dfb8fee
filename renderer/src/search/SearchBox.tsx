import type { KeyboardEvent } from 'react';
import type { SearchSession } from './useSearchSession.ts';
import { modKeyLabel } from '../palette/shortcut-label.ts';

interface SearchBoxProps {
  session: SearchSession;
  listId: string;
  activeId: string | undefined;
  hasResults: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** The one search box, a combobox whose options are the hits below it; focus stays here. */
export function SearchBox({ session, listId, activeId, hasResults, onKeyDown }: SearchBoxProps) {
  const { text, setText, scope, setScope, inputRef } = session;
  return (
    <div className="search-box">
      <div className="search-box__field">
        <svg className="search-box__icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          type="search"
          className="search-box__input"
          placeholder="Search quotes and passages across the library…"
          aria-label="Search the library"
          role="combobox"
          aria-expanded={hasResults}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {text ? (
          <button
            type="button"
            className="icon-button search-box__clear"
            aria-label="Clear the search"
            onClick={() => {
              setText('');
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        ) : (
          <kbd className="search-box__kbd" aria-hidden="true">
            {modKeyLabel} F
          </kbd>
        )}
      </div>
      <p className="search-box__hint">
        Typos are fine · <code>"exact phrase"</code> · <code>outlet:RT</code> · <code>lang:ru</code>{' '}
        · <code>from:2018-01</code> <code>to:2018-12-31</code> · ↑↓ to move, Enter to open
      </p>
      {scope ? (
        <p className="search-box__scope">
          <span className="chip chip--accent">Searching {scope.label}</span>
          <button type="button" className="link-button" onClick={() => setScope(null)}>
            Search everywhere
          </button>
        </p>
      ) : null}
    </div>
  );
}
