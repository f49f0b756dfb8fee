import { useId, type FormEvent, type ReactNode } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { errorMessage } from '../api/api-client.ts';
import { languageName } from '../ui/format.ts';
import { EditedBadge } from './EditedBadge.tsx';
import { fieldOfError, languageOptions, type MetadataField } from './metadata-form.ts';
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
  const baseId = useId();
  const edited = new Set(article.editedFields);
  const idOf = (field: MetadataField) => `${baseId}-${field}`;
  const failure = error ? fieldOfError(errorMessage(error)) : null;
  const validity = (name: MetadataField) =>
    failure?.field === name
      ? { 'aria-invalid': true, 'aria-describedby': `${idOf(name)}-error` }
      : { 'aria-invalid': false };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const field = (name: MetadataField, label: string, control: ReactNode) => (
    <div className="field">
      <div className="field__label-row">
        <label className="field__label" htmlFor={idOf(name)}>
          {label}
        </label>
        {edited.has(name) ? <EditedBadge /> : null}
      </div>
      {control}
      {failure?.field === name ? (
        <p id={`${idOf(name)}-error`} className="field__error" role="alert">
          {failure.text}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="metadata-form" aria-label="Edit metadata" onSubmit={handleSubmit}>
      {field(
        'title',
        'Title',
        <textarea
          id={idOf('title')}
          {...validity('title')}
          className="input field__textarea"
          rows={3}
          value={values.title}
          onChange={(event) => setField('title', event.target.value)}
        />,
      )}
      {field(
        'outlet',
        'Outlet',
        <>
          <input
            id={idOf('outlet')}
            {...validity('outlet')}
            className="input"
            list={`${baseId}-outlets`}
            value={values.outlet}
            placeholder="Unknown"
            onChange={(event) => setField('outlet', event.target.value)}
          />
          <datalist id={`${baseId}-outlets`}>
            {outletNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>,
      )}
      {field(
        'language',
        'Language',
        <select
          id={idOf('language')}
          {...validity('language')}
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
        </select>,
      )}
      {field(
        'published',
        'Published',
        <div className="field__row">
          <input
            id={idOf('published')}
            {...validity('published')}
            className="input"
            type="date"
            value={values.published}
            onChange={(event) => setField('published', event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={values.published === ''}
            onClick={() => setField('published', '')}
          >
            Clear
          </button>
        </div>,
      )}
      {failure && failure.field === null ? (
        <p className="form-error" role="alert">
          Could not save: {failure.text}
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
