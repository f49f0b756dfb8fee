import type { Granularity } from './story-summary.ts';

interface GranularitySwitchProps {
  value: Granularity | undefined;
  isDisabled: boolean;
  onChange: (value: Granularity) => void;
}

const options: { value: Granularity; label: string; hint: string }[] = [
  { value: 'event', label: 'Event', hint: 'One story per event: a meeting, a call, a statement' },
  { value: 'topic', label: 'Topic', hint: "A long-running story's episodes together" },
];

/** Event / Topic: how coarsely the library is grouped into stories. */
export function GranularitySwitch({ value, isDisabled, onChange }: GranularitySwitchProps) {
  return (
    <div className="segmented" role="radiogroup" aria-label="Group stories by">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={value === option.value}
          className={`segmented__option${value === option.value ? ' segmented__option--on' : ''}`}
          title={option.hint}
          disabled={isDisabled}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
