import type { SearchHit } from '../../../shared/search/search-schemas.ts';
import { formatPublished, languageName } from '../ui/format.ts';
import { formatScore, groupHits, hitParts } from './search-query.ts';
import { hitElementId } from './useHitNavigation.ts';

interface SearchResultsProps {
  hits: SearchHit[];
  listId: string;
  active: number;
  isStale: boolean;
  onSelect: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

/**
 * Hits grouped by article, each passage with its matched span in a <mark>. Passages are imported,
 * untrusted text: they are rendered as React text nodes, never as HTML.
 */
export function SearchResults({
  hits,
  listId,
  active,
  isStale,
  onSelect,
  onOpen,
}: SearchResultsProps) {
  return (
    <div
      id={listId}
      role="listbox"
      aria-label="Search results"
      className={`search-results${isStale ? ' search-results--stale' : ''}`}
    >
      {groupHits(hits).map((group) => (
        <section
          key={group.article}
          role="group"
          aria-label={group.first.title}
          className="hit-group"
        >
          <header className="hit-group__header">
            <p className="hit-group__meta">
              <span className="hit-group__outlet">{group.first.outlet ?? 'Unknown outlet'}</span>
              <span aria-hidden="true">·</span>
              <span>{formatPublished(group.first.published, 'short')}</span>
              <span aria-hidden="true">·</span>
              <span>{languageName(group.first.language)}</span>
            </p>
            <p className="hit-group__title" lang={group.first.language ?? undefined}>
              {group.first.title || 'Untitled'}
            </p>
          </header>
          {group.hits.map(({ hit, index }) => {
            const parts = hitParts(hit);
            return (
              <div
                key={`${hit.passageIndex}-${hit.start}`}
                id={hitElementId(listId, index)}
                role="option"
                aria-selected={index === active}
                className={`hit${index === active ? ' hit--active' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => (index === active ? undefined : onSelect(index))}
                onClick={() => onOpen(hit)}
              >
                <p className="hit__text" lang={hit.language ?? undefined}>
                  {parts.before}
                  <mark className="hit__match">{parts.match}</mark>
                  {parts.after}
                </p>
                <span
                  className={`hit__score${hit.score >= 0.9995 ? ' hit__score--exact' : ''}`}
                  title={`Match score ${hit.score.toFixed(3)}: 1 is the quote verbatim (case, punctuation and quotes aside), each edit lowers it`}
                >
                  {formatScore(hit.score)}
                </span>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
