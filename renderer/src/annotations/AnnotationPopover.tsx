import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { createPortal } from 'react-dom';
import type { Annotation } from '../../../shared/api/annotation-methods.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { useAsync } from '../ui/useAsync.ts';
import { codeForShortcut, codeLines, filterCodeLines } from './code-tree.ts';
import type { CodebookEntry } from './useCodebooks.ts';

/** Colours a passage can take instead of its first code's. */
export const passageColors = [
  '#e4572e',
  '#f3a712',
  '#2f9e44',
  '#1c7ed6',
  '#7048e8',
  '#d6336c',
  '#0c8599',
  '#868e96',
] as const;

export interface PopoverTarget {
  /** A new passage: the selected span of an article's body. */
  span?: { articleId: string; start: number; end: number; text: string };
  /** An existing annotation to edit (with `span`: to re-attach it there). */
  annotation?: Annotation;
  /** Where to show the popover: the selection's or the highlight's box, read when needed. */
  anchor: () => DOMRect | null;
  /** Opened by a key on this element: the popover takes focus, and gives it back on close. */
  returnFocus?: HTMLElement;
}

interface AnnotationPopoverProps {
  target: PopoverTarget;
  books: readonly CodebookEntry[];
  onClose: () => void;
  /** After a save or delete; a delete hands back the annotation so it can be undone. */
  onSaved: (result: { articleId: string; deleted?: Annotation }) => void;
  /** Whether the user changed anything, so a click elsewhere does not throw the work away. */
  onDirtyChange?: (dirty: boolean) => void;
}

const width = 360;

/**
 * Where the popover goes: below the passage when it fits, else above it, else beside it (so it
 * never hides the passage or the "Find elsewhere" button over it), else as low as the window
 * allows; never off screen.
 */
export function placement(
  rect: Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right'> | null,
  height: number,
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const margin = 8;
  if (!rect) return { top: 80, left: 80 };
  const maxLeft = Math.max(margin, viewport.width - width - margin);
  const left = Math.min(Math.max(margin, rect.left), maxLeft);
  const lowest = Math.max(margin, viewport.height - margin - height);
  // The "Find elsewhere" button sits just above a selection.
  const clearance = 44;
  const below = rect.bottom + margin;
  if (below >= margin && below + height <= viewport.height - margin) return { top: below, left };
  const above = rect.top - clearance - height;
  if (above >= margin && above <= lowest) return { top: above, left };
  const top = Math.min(Math.max(margin, rect.top - clearance), lowest);
  if (rect.right + margin + width <= viewport.width - margin) {
    return { top, left: rect.right + margin };
  }
  if (rect.left - margin - width >= margin) return { top, left: rect.left - margin - width };
  return { top: lowest, left };
}

/**
 * The coding popover: searchable codes (arrows and Enter pick, number keys apply shortcut codes),
 * a note, a colour; Ctrl/Cmd+Enter (or Enter in the note) saves, Escape closes.
 */
export function AnnotationPopover({
  target,
  books,
  onClose,
  onSaved,
  onDirtyChange,
}: AnnotationPopoverProps) {
  const api = useApi();
  const { annotation, span } = target;
  const [codeIds, setCodeIds] = useState<string[]>(annotation?.codeIds ?? []);
  const [note, setNote] = useState(annotation?.note ?? '');
  const [color, setColor] = useState<string | null>(annotation?.color ?? null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const ids = useId();
  const currentCoder = useAsync(
    useCallback(() => api.call('annotations.getCoder', {}).then((reply) => reply.coder), [api]),
  );
  const coderName = annotation && !span ? annotation.coder : currentCoder.data;

  const lines = useMemo(() => codeLines(books), [books]);
  const keep = useMemo(() => new Set(annotation?.codeIds ?? []), [annotation]);
  const shown = useMemo(() => filterCodeLines(lines, query, keep), [lines, query, keep]);
  const codeById = useMemo(() => new Map(lines.map((line) => [line.code.id, line.code])), [lines]);
  const showBooks = books.length > 1;

  const isDirty =
    codeIds.join() !== (annotation?.codeIds ?? []).join() ||
    note !== (annotation?.note ?? '') ||
    color !== (annotation?.color ?? null) ||
    (annotation !== undefined && span !== undefined);
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);

  // A new passage keeps the page's selection (and the "Find elsewhere" button over it) until the
  // user types: keys reach the popover from the page, and the first one moves focus into it. An
  // existing passage, opened by a click, takes focus at once.
  const waitsForKeys = span !== undefined && target.returnFocus === undefined;
  useEffect(() => {
    if (!waitsForKeys) filterRef.current?.focus({ preventScroll: true });
  }, [waitsForKeys]);
  const pageKeys = useRef<(event: globalThis.KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    if (!waitsForKeys) return;
    const listener = (event: globalThis.KeyboardEvent) => pageKeys.current(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, [waitsForKeys]);
  // Placed by its measured height, again as it grows (chips, errors) and as the page scrolls.
  useLayoutEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const place = () => {
      const { top, left } = placement(target.anchor(), form.offsetHeight, {
        width: window.innerWidth,
        height: window.innerHeight,
      });
      form.style.top = `${top}px`;
      form.style.left = `${left}px`;
    };
    place();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    observer?.observe(form);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      observer?.disconnect();
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [target]);
  useEffect(() => {
    listRef.current
      ?.querySelector<HTMLElement>('[data-active="true"]')
      ?.scrollIntoView({ block: 'nearest' });
  }, [active, query]);

  const toggle = (id: string) =>
    setCodeIds((current) =>
      current.includes(id) ? current.filter((other) => other !== id) : [...current, id],
    );

  const canSave = codeIds.length > 0 || note.trim() !== '';

  const save = async () => {
    if (isBusy) return;
    if (!canSave) {
      setError('Pick a code or write a note.');
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      if (annotation) {
        const saved = await api.call('annotations.update', {
          id: annotation.id,
          codeIds,
          note,
          color,
          ...(span ? { span: { start: span.start, end: span.end } } : {}),
        });
        onSaved({ articleId: saved.articleId });
      } else if (span) {
        await api.call('annotations.create', {
          articleId: span.articleId,
          start: span.start,
          end: span.end,
          codeIds,
          note,
          color,
        });
        window.getSelection()?.removeAllRanges();
        onSaved({ articleId: span.articleId });
      }
    } catch (failure) {
      setError(errorMessage(failure));
      setIsBusy(false);
    }
  };

  const remove = async () => {
    if (!annotation || isBusy) return;
    setIsBusy(true);
    try {
      const deleted = await api.call('annotations.delete', { id: annotation.id });
      onSaved({ articleId: deleted.articleId, deleted });
    } catch (failure) {
      setError(errorMessage(failure));
      setIsBusy(false);
    }
  };

  /** A code typed in the filter that does not exist yet: made in the user's own codebook. */
  const createCode = async () => {
    if (!typed || isBusy) return;
    setIsBusy(true);
    setError(null);
    try {
      const own =
        books.find((entry) => !entry.codebook.builtIn)?.codebook ??
        (await api.call('codebooks.create', { name: 'My codes', description: '' }));
      const code = await api.call('codes.create', {
        codebookId: own.id,
        name: typed,
        description: '',
        color: passageColors[(lines.length + 3) % passageColors.length],
        parentId: null,
      });
      setCodeIds((current) => [...current, code.id]);
      setQuery('');
      setActive(0);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setIsBusy(false);
    }
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const handleFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (/^[1-9]$/.test(event.key)) {
      const code = codeForShortcut(lines, event.key);
      if (code) {
        event.preventDefault();
        toggle(code.id);
      }
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, shown.length - (canCreate ? 0 : 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (isCreateActive || (shown.length === 0 && canCreate)) void createCode();
      else if (activeLine) toggle(activeLine.code.id);
      else void save();
    }
  };

  const typed = query.trim();
  const canCreate =
    typed !== '' && !lines.some((line) => line.code.name.toLowerCase() === typed.toLowerCase());
  const isCreateActive = canCreate && active >= shown.length;
  const activeLine = isCreateActive ? undefined : shown[Math.min(active, shown.length - 1)];
  const quote = span?.text ?? annotation?.quote.exact ?? '';
  const title = annotation ? (span ? 'Re-attach passage' : 'Edit coded passage') : 'Code passage';

  useEffect(() => {
    pageKeys.current = (event) => {
      const form = formRef.current;
      const element = event.target instanceof Element ? event.target : null;
      if (!form || form.contains(document.activeElement)) return;
      if (element?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      const take = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      if (event.key === 'Escape') {
        take();
        onClose();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        take();
        void save();
      } else if (plain && /^[1-9]$/.test(event.key) && codeForShortcut(lines, event.key)) {
        take();
        const code = codeForShortcut(lines, event.key);
        if (code) toggle(code.id);
      } else if (plain && ['ArrowDown', 'ArrowUp', 'Enter'].includes(event.key)) {
        take();
        filterRef.current?.focus({ preventScroll: true });
        if (event.key === 'ArrowDown') {
          setActive((index) => Math.min(index + 1, shown.length - (canCreate ? 0 : 1)));
        }
        if (event.key === 'Enter' && activeLine) toggle(activeLine.code.id);
      } else if (plain && event.key.length === 1 && event.key !== ' ') {
        take();
        setQuery((current) => current + event.key);
        setActive(0);
        filterRef.current?.focus({ preventScroll: true });
      }
    };
  });

  return createPortal(
    <form
      role="dialog"
      aria-label={title}
      ref={formRef}
      className="anno-popover"
      style={{ width }}
      onKeyDown={handleKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onMouseDown={(event) => event.stopPropagation()}
    >
      <div className="anno-popover__head">
        <span className="anno-popover__title">
          {title}
          {coderName ? (
            <span className="anno-popover__coder">
              {annotation && !span ? ` · by ${coderName}` : ` · as ${coderName}`}
            </span>
          ) : null}
        </span>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {quote ? (
        <blockquote className="anno-popover__quote" title={quote}>
          {quote.length > 160 ? `${quote.slice(0, 157)}…` : quote}
        </blockquote>
      ) : null}
      {codeIds.length > 0 ? (
        <ul className="anno-popover__picked" aria-label="Chosen codes">
          {codeIds.map((id) => {
            const code = codeById.get(id);
            return (
              <li
                key={id}
                className="code-chip"
                style={{ '--code-color': code?.color ?? '#868e96' } as CSSProperties}
                title={code?.name}
              >
                <span className="code-chip__swatch" aria-hidden="true" />
                <span className="code-chip__name">{code?.name ?? 'unknown code'}</span>
                <button
                  type="button"
                  className="code-chip__remove"
                  aria-label={`Remove ${code?.name ?? 'code'}`}
                  onClick={() => toggle(id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <input
        ref={filterRef}
        className="input anno-popover__filter"
        role="combobox"
        aria-label="Find a code"
        aria-expanded="true"
        aria-controls={`${ids}-codes`}
        aria-activedescendant={
          isCreateActive ? `${ids}-new` : activeLine ? `${ids}-${activeLine.code.id}` : undefined
        }
        aria-autocomplete="list"
        placeholder="Find a code…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={handleFilterKeyDown}
      />
      <ul
        ref={listRef}
        id={`${ids}-codes`}
        role="listbox"
        aria-label="Codes"
        aria-multiselectable="true"
        className="anno-popover__codes"
      >
        {shown.length === 0 && !canCreate ? (
          <li className="anno-popover__empty" role="presentation">
            {lines.length === 0
              ? 'No codebook yet: add one in Annotations → Codebooks.'
              : 'No code matches.'}
          </li>
        ) : null}
        {shown.map((line, index) => {
          const isPicked = codeIds.includes(line.code.id);
          const previous = shown[index - 1];
          const newBook = showBooks && !query && previous?.codebook.id !== line.codebook.id;
          return (
            <li
              key={line.code.id}
              id={`${ids}-${line.code.id}`}
              role="option"
              aria-selected={isPicked}
              data-active={line === activeLine}
              className={`anno-option${line === activeLine ? ' anno-option--active' : ''}${isPicked ? ' anno-option--picked' : ''}${newBook ? ' anno-option--book' : ''}`}
              data-book={newBook ? line.codebook.name : undefined}
              style={{ paddingLeft: 8 + (query ? 0 : line.depth * 14) }}
              title={line.code.description || undefined}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => toggle(line.code.id)}
            >
              <span className="anno-option__check" aria-hidden="true">
                {isPicked ? '✓' : ''}
              </span>
              <span
                className="anno-option__swatch"
                style={{ background: line.code.color }}
                aria-hidden="true"
              />
              <span className="anno-option__name">
                {line.code.name}
                {line.code.retired ? <span className="muted"> (retired)</span> : null}
                {query && line.path.length > 0 ? (
                  <span className="anno-option__path"> · {line.path.join(' › ')}</span>
                ) : null}
              </span>
              {line.code.shortcut ? (
                <kbd className="anno-option__key" aria-label={`shortcut ${line.code.shortcut}`}>
                  {line.code.shortcut}
                </kbd>
              ) : null}
            </li>
          );
        })}
        {canCreate ? (
          <li
            id={`${ids}-new`}
            role="option"
            aria-selected={false}
            data-active={isCreateActive}
            className={`anno-option anno-option--new${isCreateActive ? ' anno-option--active' : ''}`}
            style={{ paddingLeft: 8 }}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(shown.length)}
            onClick={() => void createCode()}
          >
            <span className="anno-option__check" aria-hidden="true">
              +
            </span>
            <span className="anno-option__name">New code “{typed}”</span>
          </li>
        ) : null}
      </ul>
      {activeLine?.code.description ? (
        <p className="anno-popover__description" title={activeLine.code.description}>
          {activeLine.code.description}
        </p>
      ) : null}
      <label className="anno-popover__label" htmlFor={`${ids}-note`}>
        Note
      </label>
      <textarea
        id={`${ids}-note`}
        className="input anno-popover__note"
        rows={1}
        value={note}
        placeholder="Why this passage (optional)"
        onChange={(event) => setNote(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey) {
            event.preventDefault();
            void save();
          }
        }}
      />
      <fieldset className="anno-popover__colors">
        <legend className="anno-popover__label">Colour</legend>
        <label className="anno-color anno-color--code" title="The first code's colour">
          <input
            type="radio"
            name={`${ids}-color`}
            checked={color === null}
            onChange={() => setColor(null)}
          />
          <span>Code</span>
        </label>
        {passageColors.map((value) => (
          <label key={value} className="anno-color" title={value}>
            <input
              type="radio"
              name={`${ids}-color`}
              aria-label={`Colour ${value}`}
              checked={color === value}
              onChange={() => setColor(value)}
            />
            <span className="anno-color__swatch" style={{ background: value }} />
          </label>
        ))}
      </fieldset>
      {error ? (
        <p className="anno-popover__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="anno-popover__actions">
        {annotation && !span ? (
          <button
            type="button"
            className="button button--ghost button--small anno-popover__delete"
            onClick={() => void remove()}
            disabled={isBusy}
          >
            Delete
          </button>
        ) : null}
        <span className="anno-popover__hint" aria-hidden="true">
          {annotation && !span ? 'Ctrl+Enter saves' : '↑↓ Enter pick · 1–9 · Ctrl+Enter save'}
        </span>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--primary button--small" disabled={isBusy}>
          Save
        </button>
      </div>
    </form>,
    document.body,
  );
}
