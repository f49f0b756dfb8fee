import { useMemo, useState, type FormEvent } from 'react';
import type { Code } from '../../../shared/api/annotation-methods.ts';
import type { Input } from '../../../shared/api/contract.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { passageColors } from './AnnotationPopover.tsx';
import { ColorInput } from './ColorInput.tsx';
import { codeLines, type CodeLine } from './code-tree.ts';
import type { CodebookEntry } from './useCodebooks.ts';

interface CodebooksTabProps {
  books: readonly CodebookEntry[];
  isLoading: boolean;
  onShowPassages: (codeId: string) => void;
}

const shortcutKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Codebooks and their nested codes: create, rename, recolour, describe, nest, give a number key,
 * merge and retire. Retiring or merging never loses a passage: merged passages move to the target,
 * retired codes stay on theirs.
 */
export function CodebooksTab({ books, isLoading, onShowPassages }: CodebooksTabProps) {
  const api = useApi();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showRetired, setShowRetired] = useState(true);
  const selected = books.find((entry) => entry.codebook.id === selectedId) ?? books[0];
  const lines = useMemo(() => (selected ? codeLines([selected]) : []), [selected]);
  const usedShortcuts = useMemo(() => {
    const map = new Map<string, Code>();
    for (const entry of books)
      for (const code of entry.codes)
        if (code.shortcut && !code.retired) map.set(code.shortcut, code);
    return map;
  }, [books]);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  };
  const updateCode = (input: Input<'codes.update'>) => run(() => api.call('codes.update', input));

  if (isLoading) return <p className="loading">Loading codebooks…</p>;

  return (
    <div className="codebooks">
      <nav className="codebooks__list" aria-label="Codebooks">
        <ul>
          {books.map((entry) => (
            <li key={entry.codebook.id}>
              <button
                type="button"
                className={`codebooks__book${entry === selected ? ' codebooks__book--on' : ''}`}
                aria-current={entry === selected ? 'true' : undefined}
                onClick={() => setSelectedId(entry.codebook.id)}
              >
                <span className="codebooks__book-name">{entry.codebook.name}</span>
                <span className="codebooks__book-meta">
                  {entry.codes.filter((code) => !code.retired).length} codes
                  {entry.codebook.builtIn ? ' · built in' : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <NewCodebookForm
          onCreate={async (name, description) => {
            let createdId: string | null = null;
            const ok = await run(async () => {
              createdId = (await api.call('codebooks.create', { name, description })).id;
            });
            if (ok && createdId) setSelectedId(createdId);
            return ok;
          }}
        />
      </nav>
      <div className="codebooks__detail">
        {error ? (
          <p className="anno-io__error" role="alert">
            {error}
          </p>
        ) : null}
        {!selected ? (
          <EmptyState title="No codebook yet">
            Create a codebook on the left, then add its codes.
          </EmptyState>
        ) : (
          <>
            <CodebookHeader
              key={selected.codebook.id}
              entry={selected}
              onSave={(patch) =>
                run(() => api.call('codebooks.update', { id: selected.codebook.id, ...patch }))
              }
            />
            <div className="codebooks__tools">
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={showRetired}
                  onChange={(event) => setShowRetired(event.target.checked)}
                />
                <span className="switch__track" aria-hidden="true" />
                <span>Show retired codes</span>
              </label>
            </div>
            <table
              className="anno-table codes-table"
              aria-label={`Codes of ${selected.codebook.name}`}
            >
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Description</th>
                  <th scope="col" className="codes-table__num">
                    Passages
                  </th>
                  <th scope="col">Key</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {lines
                  .filter((line) => showRetired || !line.code.retired)
                  .map((line) => (
                    <CodeRow
                      key={line.code.id}
                      line={line}
                      lines={lines}
                      usedShortcuts={usedShortcuts}
                      onUpdate={(patch) => updateCode({ id: line.code.id, ...patch })}
                      onMerge={(targetId) =>
                        run(() => api.call('codes.merge', { sourceIds: [line.code.id], targetId }))
                      }
                      onAddChild={(name) =>
                        run(() =>
                          api.call('codes.create', {
                            codebookId: selected.codebook.id,
                            name,
                            description: '',
                            color: line.code.color,
                            parentId: line.code.id,
                          }),
                        )
                      }
                      onShowPassages={() => onShowPassages(line.code.id)}
                    />
                  ))}
              </tbody>
            </table>
            <NewCodeForm
              lines={lines}
              onCreate={(input) =>
                run(() => api.call('codes.create', { codebookId: selected.codebook.id, ...input }))
              }
            />
          </>
        )}
      </div>
    </div>
  );
}

function NewCodebookForm({
  onCreate,
}: {
  onCreate: (name: string, description: string) => Promise<boolean>;
}) {
  const [name, setName] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    if (await onCreate(name.trim(), '')) setName('');
  };
  return (
    <form className="codebooks__new" onSubmit={(event) => void submit(event)}>
      <input
        className="input"
        aria-label="New codebook name"
        placeholder="New codebook…"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={!name.trim()}>
        Create
      </button>
    </form>
  );
}

function CodebookHeader({
  entry,
  onSave,
}: {
  entry: CodebookEntry;
  onSave: (patch: { name?: string; description?: string }) => Promise<boolean>;
}) {
  const [isEditing, setIsEditing] = useState(false);
  const [name, setName] = useState(entry.codebook.name);
  const [description, setDescription] = useState(entry.codebook.description);
  if (isEditing) {
    return (
      <form
        className="codebooks__header codebooks__header--editing"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave({ name, description }).then((ok) => ok && setIsEditing(false));
        }}
      >
        <input
          className="input"
          aria-label="Codebook name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <textarea
          className="input"
          aria-label="Codebook description"
          rows={2}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <div className="codebooks__row-actions">
          <SubmitOrCancel label="Save" onCancel={() => setIsEditing(false)} />
        </div>
      </form>
    );
  }
  return (
    <div className="codebooks__header">
      <div>
        <h2 className="codebooks__title">{entry.codebook.name}</h2>
        {entry.codebook.description ? (
          <p className="codebooks__description">{entry.codebook.description}</p>
        ) : null}
      </div>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setIsEditing(true)}
      >
        Rename
      </button>
    </div>
  );
}

interface CodeRowProps {
  line: CodeLine;
  lines: readonly CodeLine[];
  usedShortcuts: ReadonlyMap<string, Code>;
  onUpdate: (patch: Omit<Input<'codes.update'>, 'id'>) => Promise<boolean>;
  onMerge: (targetId: string) => Promise<boolean>;
  onAddChild: (name: string) => Promise<boolean>;
  onShowPassages: () => void;
}

type RowMode = 'view' | 'rename' | 'merge' | 'child';

function CodeRow({
  line,
  lines,
  usedShortcuts,
  onUpdate,
  onMerge,
  onAddChild,
  onShowPassages,
}: CodeRowProps) {
  const { code, depth } = line;
  const [mode, setMode] = useState<RowMode>('view');
  const [name, setName] = useState(code.name);
  const [description, setDescription] = useState(code.description);
  const [mergeTarget, setMergeTarget] = useState('');
  const [childName, setChildName] = useState('');
  const targets = lines.filter((other) => other.code.id !== code.id && !other.code.retired);

  return (
    <>
      <tr className={`code-row${code.retired ? ' code-row--retired' : ''}`}>
        <td>
          <span className="code-row__name" style={{ paddingLeft: depth * 18 }}>
            <ColorInput
              key={code.color}
              value={code.color}
              label={`Colour of ${code.name}`}
              onCommit={(color) => void onUpdate({ color })}
            />
            {mode === 'rename' ? (
              <input
                className="input code-row__input"
                aria-label="Code name"
                autoFocus
                value={name}
                onChange={(event) => setName(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void onUpdate({ name, description }).then((ok) => ok && setMode('view'));
                  } else if (event.key === 'Escape') setMode('view');
                }}
              />
            ) : (
              <span>
                {code.name}
                {code.retired ? <span className="code-row__retired">retired</span> : null}
              </span>
            )}
          </span>
        </td>
        <td className="code-row__description" title={code.description || undefined}>
          {mode === 'rename' ? (
            <input
              className="input code-row__input"
              aria-label="Code description"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          ) : (
            <span className="code-row__description-text">{code.description}</span>
          )}
        </td>
        <td className="codes-table__num tabular">
          {code.usage > 0 ? (
            <button type="button" className="link-button" onClick={onShowPassages}>
              {code.usage}
            </button>
          ) : (
            <span className="muted">0</span>
          )}
        </td>
        <td>
          <select
            className="input select code-row__key"
            aria-label={`Shortcut key for ${code.name}`}
            value={code.shortcut ?? ''}
            disabled={code.retired}
            onChange={(event) => void onUpdate({ shortcut: event.target.value || null })}
          >
            <option value="">—</option>
            {shortcutKeys.map((key) => {
              const holder = usedShortcuts.get(key);
              return (
                <option key={key} value={key}>
                  {key}
                  {holder && holder.id !== code.id ? ` (${holder.name})` : ''}
                </option>
              );
            })}
          </select>
        </td>
        <td className="code-row__actions">
          {mode === 'rename' ? (
            <>
              <button
                type="button"
                className="button button--primary button--small"
                onClick={() =>
                  void onUpdate({ name, description }).then((ok) => ok && setMode('view'))
                }
              >
                Save
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setMode('view')}
              >
                Cancel
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Rename ${code.name}`}
                onClick={() => setMode('rename')}
              >
                Rename
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Add a code under ${code.name}`}
                onClick={() => setMode(mode === 'child' ? 'view' : 'child')}
              >
                + Sub-code
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Merge ${code.name} into another code`}
                onClick={() => setMode(mode === 'merge' ? 'view' : 'merge')}
              >
                Merge…
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`${code.retired ? 'Restore' : 'Retire'} ${code.name}`}
                onClick={() => void onUpdate({ retired: !code.retired })}
              >
                {code.retired ? 'Restore' : 'Retire'}
              </button>
            </>
          )}
        </td>
      </tr>
      {mode === 'merge' ? (
        <tr className="code-row__sub">
          <td colSpan={5}>
            <form
              className="code-row__form"
              onSubmit={(event) => {
                event.preventDefault();
                if (mergeTarget) void onMerge(mergeTarget).then((ok) => ok && setMode('view'));
              }}
            >
              <span>
                Move {code.usage === 1 ? 'its 1 passage' : `its ${code.usage} passages`} to
              </span>
              <select
                className="input select"
                aria-label="Merge into"
                value={mergeTarget}
                autoFocus
                onChange={(event) => setMergeTarget(event.target.value)}
              >
                <option value="">Choose a code…</option>
                {targets.map((other) => (
                  <option key={other.code.id} value={other.code.id}>
                    {'\u2002'.repeat(other.depth)}
                    {other.code.name}
                  </option>
                ))}
              </select>
              <span className="muted">and retire “{code.name}”.</span>
              <SubmitOrCancel
                label="Merge"
                isDisabled={!mergeTarget}
                onCancel={() => setMode('view')}
              />
            </form>
          </td>
        </tr>
      ) : null}
      {mode === 'child' ? (
        <tr className="code-row__sub">
          <td colSpan={5}>
            <form
              className="code-row__form"
              style={{ paddingLeft: (depth + 1) * 18 }}
              onSubmit={(event) => {
                event.preventDefault();
                if (childName.trim())
                  void onAddChild(childName.trim()).then((ok) => {
                    if (ok) {
                      setChildName('');
                      setMode('view');
                    }
                  });
              }}
            >
              <input
                className="input"
                aria-label={`New code under ${code.name}`}
                placeholder={`New code under “${code.name}”`}
                autoFocus
                value={childName}
                onChange={(event) => setChildName(event.target.value)}
              />
              <SubmitOrCancel
                label="Add"
                isDisabled={!childName.trim()}
                onCancel={() => setMode('view')}
              />
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}

function NewCodeForm({
  lines,
  onCreate,
}: {
  lines: readonly CodeLine[];
  onCreate: (input: {
    name: string;
    description: string;
    color: string;
    parentId: string | null;
  }) => Promise<boolean>;
}) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [parentId, setParentId] = useState('');
  const [picked, setColor] = useState<string | null>(null);
  // Each new code gets the next colour of the palette unless the user picks one.
  const color = picked ?? passageColors[lines.length % passageColors.length] ?? '#1c7ed6';
  return (
    <form
      className="codes-new"
      aria-label="Add a code"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        void onCreate({
          name: name.trim(),
          description,
          color,
          parentId: parentId || null,
        }).then((ok) => {
          if (ok) {
            setName('');
            setDescription('');
            setColor(null);
          }
        });
      }}
    >
      <label className="code-row__swatch" title="Colour">
        <input
          type="color"
          aria-label="New code colour"
          value={color}
          onChange={(event) => setColor(event.target.value)}
        />
        <span style={{ background: color }} aria-hidden="true" />
      </label>
      <input
        className="input"
        aria-label="New code name"
        placeholder="New code name"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <input
        className="input codes-new__description"
        aria-label="New code description"
        placeholder="Description (optional)"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <select
        className="input select"
        aria-label="Parent code"
        value={parentId}
        onChange={(event) => setParentId(event.target.value)}
      >
        <option value="">At the top</option>
        {lines
          .filter((line) => !line.code.retired)
          .map((line) => (
            <option key={line.code.id} value={line.code.id}>
              {'\u2002'.repeat(line.depth)}under {line.code.name}
            </option>
          ))}
      </select>
      <button type="submit" className="button button--primary" disabled={!name.trim()}>
        Add code
      </button>
    </form>
  );
}

/** A form's submit button and its Cancel, side by side. */
function SubmitOrCancel({
  label,
  isDisabled = false,
  onCancel,
}: {
  label: string;
  isDisabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <button type="submit" className="button button--primary button--small" disabled={isDisabled}>
        {label}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
}
