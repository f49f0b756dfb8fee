interface DateRangeFilterProps {
  from: string;
  to: string;
  onChange: (patch: { publishedFrom?: string; publishedTo?: string }) => void;
}

/** "Published [from] – [to]": two date inputs that cannot cross. Used by every filter bar. */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  return (
    <div className="date-range" role="group" aria-label="Published between">
      <span className="date-range__label" aria-hidden="true">
        Published
      </span>
      <input
        type="date"
        className="input"
        aria-label="Published from"
        value={from}
        max={to || undefined}
        onChange={(event) => onChange({ publishedFrom: event.target.value })}
      />
      <span className="date-range__dash" aria-hidden="true">
        –
      </span>
      <input
        type="date"
        className="input"
        aria-label="Published to"
        value={to}
        min={from || undefined}
        onChange={(event) => onChange({ publishedTo: event.target.value })}
      />
    </div>
  );
}
