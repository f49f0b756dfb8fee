import { useEffect, useRef, useState } from 'react';

interface ColorInputProps {
  value: string;
  label: string;
  onCommit: (color: string) => void;
}

/**
 * A swatch that opens the system colour picker; dragging in the picker commits once it settles.
 * Key it by `value` so a colour changed elsewhere replaces the draft.
 */
export function ColorInput({ value, label, onCommit }: ColorInputProps) {
  const [draft, setDraft] = useState(value);
  const latest = useRef(onCommit);
  useEffect(() => {
    latest.current = onCommit;
  });
  useEffect(() => {
    if (draft.toLowerCase() === value.toLowerCase()) return;
    const timer = setTimeout(() => latest.current(draft), 400);
    return () => clearTimeout(timer);
  }, [draft, value]);
  return (
    <label className="code-row__swatch" title={label}>
      <input
        type="color"
        aria-label={label}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <span style={{ background: draft }} aria-hidden="true" />
    </label>
  );
}
