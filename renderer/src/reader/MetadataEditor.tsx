import { useId, type FormEvent } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { errorMessage } from '../api/api-client.ts';
import { languageName } from '../ui/format.ts';
import { languageOptions } from './metadata-form.ts';
import { useMetadataForm } from './useMetadataForm.ts';
import { useOutletNames } from './useOutletNames.ts';

interface MetadataEditorProps {
  article: ArticleRecord;
  onSaved: (record: ArticleRecord) => void;
  onCancel: () => void;
}

export function MetadataEditor({ article, onSaved, onCancel }: MetadataEditorProps) {
  const { values, setField, isDirty, error, isSaving, save } = useMetadataForm(article, onSaved);
  const outletNames = useOutletNames();
  const listId = useId();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form className="metadata-form" aria-label="Edit metadata" onSubmit={handleSubmit}>
      <label className="field">
        <span className="field__label">Title</span>
        <textarea
          className="input field__textarea"
          rows={3}
          value={values.title}
          onChange={(event) => setField('title', event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Outlet</span>
        <input
          className="input"
          list={listId}
          value={values.outlet}
          placeholder="Unknown"
          onChange={(event) => setField('outlet', event.target.value)}
        />
        <datalist id={listId}>
          {outletNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span className="field__label">Language</span>
        <select
          className="input select"
          value={values.language}
          onChange={(event) => setField('language', event.target.value)}
        >
          <option value="">Unknown</option>
          {languageOptions(values.language).map((code) => (
            <option key={code} value={code}>
              {languageName(code)} ({code})
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label className="field__label" htmlFor={`${listId}-date`}>
          Published
        </label>
        <div className="field__row">
          <input
            id={`${listId}-date`}
            className="input"
            type="date"
            value={values.published}
            onChange={(event) => setField('published', event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={values.published === ''}
            onClick={() => setField('published', '')}
          >
            Clear date
          </button>
        </div>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          Could not save: {errorMessage(error)}
        </p>
      ) : null}
      <div className="metadata-form__actions">
        <button type="submit" className="button button--primary" disabled={!isDirty || isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
