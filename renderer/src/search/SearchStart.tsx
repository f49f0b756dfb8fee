import type { HistoryEntry, SavedSearch } from '../../../shared/search/search-history.ts';
import { formatPublished, languageName } from '../ui/format.ts';
import { modKeyLabel } from '../palette/shortcut-label.ts';

interface SearchStartProps {
  history: HistoryEntry[] | undefined;
  saved: SavedSearch[] | undefined;
  onRunText: (text: string) => void;
  onRunSaved: (saved: SavedSearch) => void;
  onDeleteSaved: (id: string) => void;
}

const shownHistory = 12;

/** "military chiefs · CGTN, RT · English · from 2018-01-01": the query and its filters. */
function describeQuery(query: SavedSearch['query']): string {
  const parts = [query.text];
  if (query.outlets?.length) parts.push(query.outlets.join(', '));
  if (query.languages?.length) parts.push(query.languages.map(languageName).join(', '));
  if (query.publishedFrom) parts.push(`from ${query.publishedFrom}`);
  if (query.publishedTo) parts.push(`to ${query.publishedTo}`);
  if (query.articleIds?.length) parts.push(`${query.articleIds.length} articles`);
  if (query.excludeArticleIds?.length) parts.push('elsewhere');
  return parts.join(' · ');
}

/** Before the first keystroke: recent and saved searches to re-run, and how to write a query. */
export function SearchStart({
  history,
  saved,
  onRunText,
  onRunSaved,
  onDeleteSaved,
}: SearchStartProps) {
  return (
    <div className="search-start">
      <section className="search-start__panel" aria-label="Saved searches">
        <h2 className="search-start__title">Saved searches</h2>
        {saved && saved.length > 0 ? (
          <ul className="search-list">
            {saved.map((entry) => (
              <li key={entry.id} className="search-list__item">
                <button
                  type="button"
                  className="search-list__run"
                  onClick={() => onRunSaved(entry)}
                >
                  <span className="search-list__name">{entry.name}</span>
                  <span className="search-list__query">{describeQuery(entry.query)}</span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete saved search ${entry.name}`}
                  title="Delete"
                  onClick={() => onDeleteSaved(entry.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="search-start__empty">
            None yet. Run a search, then “Save search” keeps it here with its filters.
          </p>
        )}
      </section>
      <section className="search-start__panel" aria-label="Recent searches">
        <h2 className="search-start__title">Recent searches</h2>
        {history && history.length > 0 ? (
          <ul className="search-list">
            {history.slice(0, shownHistory).map((entry) => (
              <li key={entry.text} className="search-list__item">
                <button
                  type="button"
                  className="search-list__run"
                  onClick={() => onRunText(entry.text)}
                >
                  <span className="search-list__name">{entry.text}</span>
                  <span className="search-list__query">{formatPublished(entry.at, 'short')}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="search-start__empty">
            Searches you run (Enter, or opening a hit) appear here.
          </p>
        )}
      </section>
      <section className="search-start__panel search-start__help" aria-label="How to search">
        <h2 className="search-start__title">How to search</h2>
        <dl className="search-syntax">
          <dt>a half-remembered quote</dt>
          <dd>typos, case, punctuation and curly quotes do not matter; English and Russian</dd>
          <dt>
            <code>"exact phrase"</code>
          </dt>
          <dd>must occur word for word</dd>
          <dt>
            <code>outlet:RT</code> <code>lang:ru</code>
          </dt>
          <dd>filters typed inline (underscores for spaces in names)</dd>
          <dt>
            <code>from:2018-01</code> <code>to:2018-12-31</code>
          </dt>
          <dd>publication dates, both inclusive</dd>
          <dt>
            <kbd>{modKeyLabel}</kbd> <kbd>K</kbd>
          </dt>
          <dd>jump to an article, story or outlet by name</dd>
        </dl>
      </section>
    </div>
  );
}
