import { useCallback, useState } from 'react';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { useAsync } from '../ui/useAsync.ts';

/** "Coder: <name>": the name new annotations carry; click to change it. */
export function CoderControl({ onChanged }: { onChanged?: (coder: string) => void }) {
  const api = useApi();
  const coder = useAsync(useCallback(() => api.call('annotations.getCoder', {}), [api]));
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = coder.data?.coder ?? '…';

  const save = async () => {
    if (draft === null) return;
    const value = draft.trim();
    if (!value || value === coder.data?.coder) {
      setDraft(null);
      return;
    }
    try {
      const saved = await api.call('annotations.setCoder', { coder: value });
      setDraft(null);
      setError(null);
      coder.reload();
      onChanged?.(saved.coder);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  if (draft !== null) {
    return (
      <form
        className="coder-control"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="coder-control__label" htmlFor="coder-name">
          Coder
        </label>
        <input
          id="coder-name"
          className="input coder-control__input"
          value={draft}
          maxLength={100}
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(null);
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'coder-error' : undefined}
        />
        <button type="submit" className="button button--primary button--small">
          Set
        </button>
        {error ? (
          <span id="coder-error" className="coder-control__error" role="alert">
            {error}
          </span>
        ) : null}
      </form>
    );
  }
  return (
    <button
      type="button"
      className="button button--secondary coder-control__button"
      title="The name your new annotations carry; set one per person to compare coders"
      onClick={() => setDraft(coder.data?.coder ?? '')}
      disabled={!coder.data}
    >
      <span className="muted">Coder:</span> <strong>{name}</strong>
    </button>
  );
}
