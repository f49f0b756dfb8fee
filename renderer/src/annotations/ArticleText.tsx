import { useCallback, useId, useState } from 'react';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { useLibraryChanged } from '../api/useLibraryChanged.ts';
import { ArticleBody } from '../reader/ArticleBody.tsx';
import type { PassageTarget } from '../reader/passage-target.ts';
import { useAsync } from '../ui/useAsync.ts';
import { AnnotationScope } from './AnnotationScope.tsx';
import { ArticleAnnotationList } from './ArticleAnnotationList.tsx';
import { OrphanList } from './OrphanList.tsx';

interface ArticleTextProps {
  articleId: string;
  body: string;
  language: string | null;
  target: PassageTarget | null;
  cues: readonly FramingCue[];
  /** After the text was edited (the article changed). */
  onEdited: () => void;
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const origins: Record<string, string> = {
  import: 'imported',
  're-import': 're-imported',
  edit: 'edited',
};

const noVersions: never[] = [];

/**
 * The reader's text with what can change it: coded passages (select to code, click to edit), the
 * article's versions (older ones viewable read-only), and "Edit text" for correcting the clean
 * body, after which the coded passages re-anchor to the new text.
 */
export function ArticleText({
  articleId,
  body,
  language,
  target,
  cues,
  onEdited,
}: ArticleTextProps) {
  const api = useApi();
  const ids = useId();
  const versions = useAsync(
    useCallback(() => api.call('articles.listVersions', { id: articleId }), [api, articleId]),
  );
  useLibraryChanged(versions.reload);
  const list = versions.data ?? noVersions;
  const [viewing, setViewing] = useState<{ version: number; body: string } | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The landing target's offsets are into the text as it was: after an edit they point elsewhere.
  const [isEdited, setIsEdited] = useState(false);
  const current = list.find((entry) => entry.current);

  const view = async (version: number) => {
    setError(null);
    if (current && version === current.version) {
      setViewing(null);
      return;
    }
    try {
      const old = await api.call('articles.getVersion', { id: articleId, version });
      setViewing({ version: old.version, body: old.body });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const save = async () => {
    if (draft === null) return;
    if (draft.trim() === body.trim()) {
      setDraft(null);
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const result = await api.call('articles.editText', { id: articleId, body: draft });
      setDraft(null);
      setIsEdited(true);
      setMessage(
        `Saved as version ${result.version}. ` +
          (result.reanchored + result.orphaned === 0
            ? 'No coded passage to move.'
            : `${result.reanchored} coded ${result.reanchored === 1 ? 'passage' : 'passages'} re-anchored` +
              (result.orphaned > 0
                ? `; ${result.orphaned} lost ${result.orphaned === 1 ? 'its' : 'their'} place and ${result.orphaned === 1 ? 'is' : 'are'} listed below for review.`
                : '.')),
      );
      versions.reload();
      onEdited();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <>
      <div className="article-text__bar">
        {draft === null && viewing === null ? (
          <span className="article-text__hint">
            To code a passage, select it, or Tab to a paragraph and press <kbd>A</kbd>.
          </span>
        ) : null}
        {list.length > 1 ? (
          <label className="article-text__versions">
            <span>Version</span>
            <select
              className="input select"
              value={viewing?.version ?? current?.version ?? ''}
              disabled={draft !== null}
              onChange={(event) => void view(Number(event.target.value))}
            >
              {list.map((entry) => (
                <option key={entry.version} value={entry.version}>
                  {entry.version} · {origins[entry.origin] ?? entry.origin} {when(entry.importedAt)}{' '}
                  · {entry.wordCount} words{entry.current ? ' (current)' : ''}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {draft === null && viewing === null ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setMessage(null);
              setDraft(body);
            }}
          >
            Edit text
          </button>
        ) : null}
      </div>
      {message ? (
        <div className="article-text__message" role="status">
          <span>{message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => setMessage(null)}
          >
            ×
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="anno-io__error" role="alert">
          {error}
        </p>
      ) : null}
      {draft !== null ? (
        <form
          className="article-text__editor"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label htmlFor={`${ids}-body`} className="article-text__label">
            Clean text — paragraphs are separated by a blank line. Saving keeps the old text as a
            version and moves the coded passages to the new text.
          </label>
          <textarea
            id={`${ids}-body`}
            className="input article-text__textarea"
            lang={language ?? undefined}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void save();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                setDraft(null);
              }
            }}
          />
          <div className="article-text__actions">
            <button type="submit" className="button button--primary" disabled={isBusy}>
              {isBusy ? 'Saving…' : 'Save text'}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : viewing ? (
        <>
          <div className="article-text__old" role="status">
            <span>
              Version {viewing.version}, read-only. Coded passages belong to the current text.
            </span>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setViewing(null)}
            >
              Back to the current text
            </button>
          </div>
          <ArticleBody body={viewing.body} language={language} />
        </>
      ) : (
        <AnnotationScope articleIds={[articleId]}>
          <ArticleAnnotationList />
          <ArticleBody
            body={body}
            language={language}
            target={isEdited ? null : target}
            cues={cues}
          />
          <OrphanList />
        </AnnotationScope>
      )}
    </>
  );
}
