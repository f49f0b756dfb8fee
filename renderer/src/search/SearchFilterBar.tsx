import { LanguageFilter } from '../library/LanguageFilter.tsx';
import { OutletFilter } from '../library/OutletFilter.tsx';
import type { Facets } from '../library/useFacets.ts';
import { formatCount } from '../ui/format.ts';
import { emptySearchFilters, hasActiveFilters, type SearchFilters } from './search-query.ts';
import { DateRangeFilter } from '../ui/DateRangeFilter.tsx';

interface SearchFilterBarProps {
  filters: SearchFilters;
  facets: Facets | undefined;
  stories: { id: string; title: string; size: number }[] | undefined;
  onChange: (filters: SearchFilters) => void;
}

/** Outlet, language, date range and story; the library's controls, so both views look alike. */
export function SearchFilterBar({ filters, facets, stories, onChange }: SearchFilterBarProps) {
  const update = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filter-bar search-filters" role="group" aria-label="Search filters">
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
      <select
        className="input select search-filters__story"
        aria-label="Story"
        value={filters.storyId}
        onChange={(event) => update({ storyId: event.target.value })}
      >
        <option value="">All stories</option>
        {(stories ?? []).map((story) => (
          <option key={story.id} value={story.id}>
            {story.title} ({formatCount(story.size)})
          </option>
        ))}
      </select>
      <DateRangeFilter from={filters.publishedFrom} to={filters.publishedTo} onChange={update} />
      {hasActiveFilters(filters) ? (
        <button type="button" className="link-button" onClick={() => onChange(emptySearchFilters)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
