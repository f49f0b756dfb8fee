import { LanguageFilter } from './LanguageFilter.tsx';
import type { Facets } from './useFacets.ts';
import { OutletFilter } from './OutletFilter.tsx';
import { hasActiveFilters, type LibraryFilters } from './library-query.ts';
import { DateRangeFilter } from '../ui/DateRangeFilter.tsx';

interface FilterBarProps {
  filters: LibraryFilters;
  facets: Facets | undefined;
  onChange: (filters: LibraryFilters) => void;
}

export function FilterBar({ filters, facets, onChange }: FilterBarProps) {
  const update = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filter-bar" role="search" aria-label="Filter articles">
      <input
        type="search"
        className="input filter-bar__text"
        placeholder="Filter by title…"
        aria-label="Filter by title"
        value={filters.text}
        onChange={(event) => update({ text: event.target.value })}
      />
      <OutletFilter
        outlets={facets?.outlets ?? []}
        selected={filters.outlets}
        onChange={(outlets) => update({ outlets })}
      />
      <LanguageFilter
        languages={facets?.languages}
        value={filters.language}
        onChange={(language) => update({ language })}
      />
      <DateRangeFilter from={filters.publishedFrom} to={filters.publishedTo} onChange={update} />
      {hasActiveFilters(filters) ? (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            onChange({
              ...filters,
              text: '',
              outlets: [],
              language: '',
              publishedFrom: '',
              publishedTo: '',
            })
          }
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
