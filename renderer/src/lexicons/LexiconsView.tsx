import { useEffect, useMemo, useState } from 'react';
import { LEXICON_KINDS, type LexiconKind } from '../../../shared/framing/lexicon-schema.ts';
import type { LexiconEntryRow, LexiconFileView } from '../../../shared/api/lexicon-methods.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { EntryForm } from './EntryForm.tsx';
import { EntryTable } from './EntryTable.tsx';
import { entryMatches, kindHints, kindNames, languageName } from './lexicon-labels.ts';
import { onLexiconTarget, takeLexiconTarget } from './lexicon-target.ts';
import { useLexiconFile, useLexiconFiles } from './useLexicons.ts';
import '../styles/lexicons.css';

type Show = 'all' | 'enabled' | 'disabled' | 'changed';
type Editing = { mode: 'add' } | { mode: 'edit'; entry: LexiconEntryRow } | null;

const PAGE = 200;

const isKind = (kind: string): kind is LexiconKind =>
  (LEXICON_KINDS as readonly string[]).includes(kind);

/** The lexicon editor: the framing lexicons in force, with the user's additions and edits. */
export function LexiconsView() {
  const api = useApi();
  const files = useLexiconFiles();
  const [target] = useState(takeLexiconTarget);
  const [language, setLanguage] = useState(target?.language ?? 'en');
  const [kind, setKind] = useState<LexiconKind>(
    target && isKind(target.kind) ? target.kind : 'contested-term',
  );
  const [selectedId, setSelectedId] = useState<string | null>(target?.id ?? null);
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<Editing>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  // A switch flips at once; the entry in force follows when the edit has been saved.
  const [flipped, setFlipped] = useState<Readonly<Record<string, boolean>>>({});
  const [actionError, setActionError] = useState<string | null>(null);
  const file = useLexiconFile(language, kind);
  // A kind the language has no shipped file for starts empty: the user's entries make the file.
  const current =
    file.data && file.data.language === language && file.data.kind === kind
      ? file.data
      : file.data === null && !file.isLoading
        ? emptyFile(language, kind)
        : null;

  const choose = (nextLanguage: string, nextKind: LexiconKind, id: string | null = null) => {
    setLanguage(nextLanguage);
    setKind(nextKind);
    setSelectedId(id);
    setQuery('');
    setLimit(PAGE);
    setEditing(null);
    setActionError(null);
    setFlipped({});
  };

  // "Edit entry" from a highlight while the editor is already open.
  useEffect(
    () =>
      onLexiconTarget(() => {
        const next = takeLexiconTarget();
        if (next && isKind(next.kind)) choose(next.language, next.kind, next.id);
      }),
    [],
  );

  // An entry asked for from a highlight opens in the form once its file has loaded.
  const [pendingEdit, setPendingEdit] = useState(target?.id ?? null);
  if (pendingEdit && current) {
    const entry = current.entries.find((e) => e.id === pendingEdit);
    setPendingEdit(null);
    if (entry) setEditing({ mode: 'edit', entry });
  }

  const shown = useMemo(() => {
    const entries = (current?.entries ?? []).map((e) =>
      flipped[e.id] === undefined || flipped[e.id] === e.enabled
        ? e
        : { ...e, enabled: flipped[e.id] ?? e.enabled },
    );
    return entries.filter(
      (e) =>
        entryMatches(e, query) &&
        (show === 'all' ||
          (show === 'enabled' && e.enabled) ||
          (show === 'disabled' && !e.enabled) ||
          (show === 'changed' && e.origin !== 'shipped')),
    );
  }, [current, query, show, flipped]);
  // The selected entry is drawn even when it sits beyond the first page.
  const selectedAt = selectedId ? shown.findIndex((e) => e.id === selectedId) : -1;
  const rowLimit = Math.max(limit, selectedAt + 1);

  const run = (id: string, call: () => Promise<unknown>) => {
    setBusyId(id);
    setActionError(null);
    call()
      .catch((e: unknown) => setActionError(errorMessage(e)))
      .finally(() => setBusyId(null));
  };
  const unflip = (id: string) =>
    setFlipped((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== id)));
  const toggle = (entry: LexiconEntryRow, enabled: boolean) => {
    setFlipped((all) => ({ ...all, [entry.id]: enabled }));
    run(entry.id, () =>
      api
        .call('lexicons.setEnabled', { language, kind, id: entry.id, enabled })
        .catch((e: unknown) => {
          unflip(entry.id);
          throw e;
        }),
    );
  };
  const reset = (entry: LexiconEntryRow) => {
    unflip(entry.id);
    run(entry.id, () => api.call('lexicons.resetEntry', { language, kind, id: entry.id }));
  };

  const byLanguage = groupByLanguage(files.data ?? []);

  return (
    <section className="lexicons" aria-label="Lexicons">
      <div className="page-header">
        <div>
          <h1 className="page-header__title">Lexicons</h1>
          <p className="page-header__subtitle">
            The word lists behind the framing highlights. Changes apply to the highlights at once
            and are kept in this library.
          </p>
        </div>
      </div>
      <div className="lexicons__body">
        <nav className="lexicon-files" aria-label="Lexicon files">
          {files.error && !files.data ? (
            <ErrorNotice
              title="Lexicons could not be loaded."
              error={files.error}
              onRetry={files.reload}
            />
          ) : null}
          {byLanguage.map(([lang, list]) => (
            <div
              key={lang}
              className="lexicon-files__group"
              role="group"
              aria-labelledby={`lexicon-lang-${lang}`}
            >
              <p className="lexicon-files__language" id={`lexicon-lang-${lang}`}>
                {languageName(lang)}
              </p>
              {list.map((f) => {
                const changes = f.counts.edited + f.counts.added;
                return (
                  <button
                    key={f.kind}
                    type="button"
                    className={`lexicon-file${f.counts.total === 0 ? ' lexicon-file--empty' : ''}`}
                    aria-current={f.language === language && f.kind === kind ? 'true' : undefined}
                    onClick={() => choose(f.language, f.kind)}
                  >
                    <span>{kindNames[f.kind]}</span>
                    <span className="lexicon-file__count tabular">
                      {changes > 0 ? (
                        <span className="lexicon-file__edits" title={`${changes} changed by you`}>
                          ✎{changes}{' '}
                        </span>
                      ) : null}
                      {f.counts.total === 0 ? '–' : f.counts.total}
                    </span>
                  </button>
                );
              })}
            </div>
          ))}
        </nav>
        <div className="lexicon-pane">
          <FileHeader language={language} kind={kind} file={current} />
          <div className="lexicon-toolbar">
            <div className="lexicon-toolbar__row">
              <input
                type="search"
                className="input"
                placeholder="Search patterns, ids, explanations"
                aria-label="Search entries"
                value={query}
                onChange={(e) => {
                  setQuery(e.target.value);
                  setLimit(PAGE);
                }}
              />
              <select
                className="input select"
                aria-label="Show entries"
                value={show}
                onChange={(e) => setShow(e.target.value as Show)}
              >
                <option value="all">All entries</option>
                <option value="enabled">Enabled</option>
                <option value="disabled">Disabled</option>
                <option value="changed">Changed by you</option>
              </select>
              <button
                type="button"
                className="button button--primary"
                onClick={() => setEditing({ mode: 'add' })}
              >
                Add entry
              </button>
              <span className="lexicon-toolbar__count tabular" role="status">
                {current
                  ? `${shown.length} of ${current.counts.total} entries · ${current.counts.enabled} enabled`
                  : 'Loading…'}
              </span>
            </div>
          </div>
          {actionError ? (
            <p className="lexicon-form__error lexicon-header" role="alert">
              {actionError}
            </p>
          ) : null}
          {editing ? (
            <EntryForm
              key={editing.mode === 'edit' ? `edit-${editing.entry.id}` : `add-${language}-${kind}`}
              language={language}
              kind={kind}
              entry={editing.mode === 'edit' ? editing.entry : null}
              onCancel={() => setEditing(null)}
              onSaved={(id) => {
                setEditing(null);
                setSelectedId(id);
                setQuery('');
              }}
            />
          ) : null}
          {file.error && !current ? (
            <ErrorNotice
              title="This lexicon could not be loaded."
              error={file.error}
              onRetry={file.reload}
            />
          ) : null}
          {current && shown.length === 0 ? (
            <p className="lexicon-empty">
              {current.entries.length === 0
                ? 'No entries yet. Add one to start highlighting.'
                : 'No entry matches. Try fewer letters, or show all entries.'}
            </p>
          ) : null}
          {current && shown.length > 0 ? (
            <EntryTable
              language={language}
              entries={shown}
              limit={rowLimit}
              onShowMore={() => setLimit(rowLimit + PAGE)}
              selectedId={selectedId}
              busyId={busyId}
              onToggle={toggle}
              onEdit={(entry) => {
                setSelectedId(entry.id);
                setEditing({ mode: 'edit', entry });
              }}
              onReset={reset}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}

function FileHeader({
  language,
  kind,
  file,
}: {
  language: string;
  kind: LexiconKind;
  file: LexiconFileView | null;
}) {
  return (
    <div className="lexicon-header">
      <h2 className="lexicon-header__title">
        {kindNames[kind]} <span className="muted">· {languageName(language)}</span>
      </h2>
      <p className="muted">{kindHints[kind]}</p>
      {file ? (
        <dl className="lexicon-header__meta">
          <dt>Version</dt>
          <dd className="tabular">
            {file.version ?? 'none (your entries only)'}
            {file.counts.edited + file.counts.added > 0
              ? ` · ${file.counts.edited} edited, ${file.counts.added} added by you`
              : ''}
          </dd>
          {file.source ? (
            <>
              <dt>Source</dt>
              <dd lang={language}>{file.source}</dd>
            </>
          ) : null}
          {file.licence ? (
            <>
              <dt>Licence</dt>
              <dd>{file.licence}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {file?.problem ? (
        <p className="lexicon-form__error" role="alert">
          {file.problem}
        </p>
      ) : null}
    </div>
  );
}

function emptyFile(language: string, kind: LexiconKind): LexiconFileView {
  return {
    language,
    kind,
    version: null,
    source: null,
    licence: null,
    note: null,
    counts: { total: 0, enabled: 0, edited: 0, added: 0 },
    problem: null,
    entries: [],
  };
}

/** Files by language, each language listing every kind (an empty one for kinds not shipped). */
function groupByLanguage(files: readonly LexiconFileView[]): Array<[string, LexiconFileView[]]> {
  const order = ['en', 'ru', 'uk'];
  const groups = new Map<string, LexiconFileView[]>();
  for (const f of files) groups.set(f.language, [...(groups.get(f.language) ?? []), f]);
  for (const [language, list] of groups) {
    for (const kind of LEXICON_KINDS) {
      if (!list.some((f) => f.kind === kind)) list.push(emptyFile(language, kind));
    }
  }
  for (const list of groups.values()) {
    list.sort((a, b) => LEXICON_KINDS.indexOf(a.kind) - LEXICON_KINDS.indexOf(b.kind));
  }
  return [...groups.entries()].sort(
    (a, b) => (order.indexOf(a[0]) + 1 || 99) - (order.indexOf(b[0]) + 1 || 99),
  );
}
