import { useState } from 'react';

interface RenameFormProps {
  title: string;
  onSave: (title: string) => void;
  onCancel: () => void;
}

/** Inline rename: Enter saves, Escape cancels; an empty title is not offered. */
export function RenameForm({ title, onSave, onCancel }: RenameFormProps) {
  const [value, setValue] = useState(title);
  const trimmed = value.trim();
  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) onSave(trimmed);
      }}
    >
      <input
        className="input rename-form__input"
        aria-label="Story title"
        value={value}
        maxLength={300}
        // The form opens on a click on Rename, so focus belongs in the field.
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" className="button button--primary button--small" disabled={!trimmed}>
        Save
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
