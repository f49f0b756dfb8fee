interface SwitchProps {
  label: string;
  hint?: string;
  isChecked: boolean;
  isDisabled?: boolean;
  onChange: (isChecked: boolean) => void;
}

/** The app's on/off switch (a checkbox with role="switch"), as in the reader's toolbar. */
export function Switch({ label, hint, isChecked, isDisabled, onChange }: SwitchProps) {
  return (
    <label className={`switch${isDisabled ? ' switch--disabled' : ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={isChecked}
        disabled={isDisabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="switch__track" aria-hidden="true" />
      <span>
        {label}
        {hint ? <span className="muted tabular"> {hint}</span> : null}
      </span>
    </label>
  );
}
