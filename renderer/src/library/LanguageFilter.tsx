import type { Facets } from './useFacets.ts';
import { formatCount, languageName } from '../ui/format.ts';

interface LanguageFilterProps {
  languages: Facets['languages'] | undefined;
  value: string;
  onChange: (language: string) => void;
}

/** "All languages" or one language, with its article count. Used by every filter bar. */
export function LanguageFilter({ languages, value, onChange }: LanguageFilterProps) {
  return (
    <select
      className="input select"
      aria-label="Language"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">All languages</option>
      {(languages ?? []).map((language) => (
        <option key={language.value} value={language.value}>
          {languageName(language.value)} ({formatCount(language.count)})
        </option>
      ))}
    </select>
  );
}
