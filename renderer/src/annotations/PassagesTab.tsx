import { useMemo, useState, type CSSProperties } from 'react';
import type { Annotation, AnnotationRow, Code } from '../../../shared/api/annotation-methods.ts';
import type { PassageTarget } from '../reader/passage-target.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { formatPublished } from '../ui/format.ts';
import { AnnotationPopover, type PopoverTarget } from './AnnotationPopover.tsx';
import { codeLines } from './code-tree.ts';
import { OrphanReview } from './OrphanReview.tsx';
import {
  facetsOf,
  matchesFilter,
  noFilter,
  unknownOutlet,
  type PassageFilter,
} from './passage-filter.ts';
import type { CodebookEntry } from './useCodebooks.ts';

interface PassagesTabProps {
  rows: readonly AnnotationRow[];
  books: readonly CodebookEntry[];
  codes: ReadonlyMap<string, Code>;
  filter: PassageFilter;
  onFilterChange: (filter: PassageFilter) => void;
  onOpenArticle: (articleId: string, target?: PassageTarget) => void;
  onDelete: (row: AnnotationRow) => void;
  /** The popover deleted one itself: offer its undo. */
  onDeleted: (annotation: Annotation) => void;
  onChanged: () => void;
}

/** Where the reader lands for an annotation: its passage, flashed, with its highlight drawn. */
export function annotationTarget(row: Pick<AnnotationRow, 'start' | 'end'>): PassageTarget {
  return { passageStart: row.start, passageEnd: row.end, start: row.start, end: row.start };
}

export function CodeChip({ code }: { code: Code | undefined }) {
  return (
    <span
      className={`code-chip${code?.retired ? ' code-chip--retired' : ''}`}
      style={{ '--code-color': code?.color ?? '#868e96' } as CSSProperties}
      title={code ? [code.name, code.description].filter(Boolean).join(' — ') : undefined}
    >
      <span className="code-chip__swatch" aria-hidden="true" />
      <span className="code-chip__name">{code?.name ?? 'unknown code'}</span>
    </span>
  );
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const dayTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.getFullYear() === new Date().getFullYear()
    ? dayTime.format(date)
    : dateTime.format(date);
}

const pageSize = 200;

/** A few words of context before a quote, cut at a word boundary. */
export function leadIn(prefix: string, max = 28): string {
  if (prefix.length <= max) return prefix;
  const cut = prefix.slice(-max);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < max - 4 ? cut.slice(space + 1) : cut}`;
}

/** A few words of context after a quote, cut at a word boundary. */
export function leadOut(suffix: string, max = 28): string {
  if (suffix.length <= max) return suffix;
  const cut = suffix.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > 4 ? cut.slice(0, space) : cut}…`;
}

/** The panel's list: every coded passage, filtered, each a way to its place in the reader. */
export function PassagesTab({
  rows,
  books,
  codes,
  filter,
  onFilterChange,
  onOpenArticle,
  onDelete,
  onDeleted,
  onChanged,
}: PassagesTabProps) {
  const facets = useMemo(() => facetsOf(rows), [rows]);
  const lines = useMemo(() => codeLines(books), [books]);
  const shown = useMemo(
    () =>
      rows
        .filter((row) => matchesFilter(row, filter))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [rows, filter],
  );
  const [editing, setEditing] = useState<PopoverTarget | null>(null);
  // Long lists are drawn a page at a time; filters narrow them first.
  const [limit, setLimit] = useState(pageSize);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const set = (patch: Partial<PassageFilter>) => onFilterChange({ ...filter, ...patch });
  const isFiltered = Object.values(filter).some(Boolean);

  return (
    <div className="anno-passages">
      {/* Nothing to filter yet: the empty state says how to begin. */}
      <div
        className="anno-filters"
        role="group"
        aria-label="Filter annotations"
        hidden={rows.length === 0}
      >
        <input
          className="input anno-filters__text"
          type="search"
          aria-label="Search quotes and notes"
          placeholder="Search quotes and notes"
          value={filter.text}
          onChange={(event) => set({ text: event.target.value })}
        />
        <select
          className="input select"
          aria-label="Code"
          value={filter.codeId}
          onChange={(event) => set({ codeId: event.target.value })}
        >
          <option value="">All codes</option>
          {lines
            .filter((line) => (facets.codeCounts.get(line.code.id) ?? 0) > 0)
            .map((line) => (
              <option key={line.code.id} value={line.code.id}>
                {'\u2002'.repeat(line.depth)}
                {line.code.name} ({facets.codeCounts.get(line.code.id)})
              </option>
            ))}
        </select>
        <select
          className="input select"
          aria-label="Coder"
          value={filter.coder}
          onChange={(event) => set({ coder: event.target.value })}
        >
          <option value="">All coders</option>
          {facets.coders.map((coder) => (
            <option key={coder} value={coder}>
              {coder}
            </option>
          ))}
        </select>
        <select
          className="input select anno-filters__article"
          aria-label="Article"
          value={filter.articleId}
          onChange={(event) => set({ articleId: event.target.value })}
        >
          <option value="">All articles</option>
          {facets.articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
              {article.outlet ? ` — ${article.outlet}` : ''}
            </option>
          ))}
        </select>
        <select
          className="input select"
          aria-label="Outlet"
          value={filter.outlet}
          onChange={(event) => set({ outlet: event.target.value })}
        >
          <option value="">All outlets</option>
          {facets.outlets.map((outlet) => (
            <option key={outlet} value={outlet}>
              {outlet === unknownOutlet ? 'Unknown outlet' : outlet}
            </option>
          ))}
        </select>
        <select
          className="input select"
          aria-label="Status"
          value={filter.status}
          onChange={(event) => set({ status: event.target.value as PassageFilter['status'] })}
        >
          <option value="">Any status</option>
          <option value="anchored">Anchored</option>
          <option value="orphan">To review ({facets.orphans})</option>
        </select>
        {isFiltered ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => onFilterChange(noFilter)}
          >
            Clear filters
          </button>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No coded passages yet">
          Select words in the reader or in a compare column and pick a code in the popover that
          opens (or, from the keyboard, Tab to a paragraph and press A). Your passages are listed
          here, with their codes, notes and coders.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No annotation matches these filters" />
      ) : (
        <table className="anno-table" aria-label="Coded passages">
          <thead>
            <tr>
              <th scope="col">Passage</th>
              <th scope="col">Codes</th>
              <th scope="col">Note</th>
              <th scope="col">Coder</th>
              <th scope="col">Article</th>
              <th scope="col">Updated</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((row) => (
              <PassageRow
                key={row.id}
                row={row}
                codes={codes}
                isReviewing={reviewing === row.id}
                onOpen={() =>
                  // An orphan has no place to land on: the reader lists it under the text.
                  row.status === 'orphan'
                    ? onOpenArticle(row.articleId)
                    : onOpenArticle(row.articleId, annotationTarget(row))
                }
                onEdit={(anchor) =>
                  setEditing({ annotation: row, anchor: () => anchor.getBoundingClientRect() })
                }
                onDelete={() => onDelete(row)}
                onReview={() => setReviewing(reviewing === row.id ? null : row.id)}
                onReviewed={() => {
                  setReviewing(null);
                  onChanged();
                }}
                onOpenArticle={onOpenArticle}
              />
            ))}
          </tbody>
        </table>
      )}
      {shown.length > limit ? (
        <div className="anno-more">
          <span className="muted">
            Showing {limit} of {shown.length}.
          </span>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setLimit(limit + pageSize)}
          >
            Show {Math.min(pageSize, shown.length - limit)} more
          </button>
        </div>
      ) : null}
      {editing ? (
        <AnnotationPopover
          key={editing.annotation?.id}
          target={editing}
          books={books}
          onClose={() => setEditing(null)}
          onSaved={({ deleted }) => {
            setEditing(null);
            if (deleted) onDeleted(deleted);
            onChanged();
          }}
        />
      ) : null}
    </div>
  );
}

interface PassageRowProps {
  row: AnnotationRow;
  codes: ReadonlyMap<string, Code>;
  isReviewing: boolean;
  onOpen: () => void;
  onEdit: (anchor: HTMLElement) => void;
  onDelete: () => void;
  onReview: () => void;
  onReviewed: () => void;
  onOpenArticle: (articleId: string, target?: PassageTarget) => void;
}

function PassageRow({
  row,
  codes,
  isReviewing,
  onOpen,
  onEdit,
  onDelete,
  onReview,
  onReviewed,
  onOpenArticle,
}: PassageRowProps) {
  const isOrphan = row.status === 'orphan';
  return (
    <>
      <tr className={`anno-row${isOrphan ? ' anno-row--orphan' : ''}`}>
        <td className="anno-row__quote">
          <button
            type="button"
            className="anno-row__open"
            title={
              isOrphan ? 'Open the article where the passage used to be' : 'Open in the reader'
            }
            aria-label={`Open “${row.quote.exact.slice(0, 80)}” in the reader`}
            onClick={onOpen}
          >
            <span className="anno-row__context">{leadIn(row.quote.prefix)}</span>
            <q className="anno-row__exact">{row.quote.exact}</q>
            <span className="anno-row__context">{leadOut(row.quote.suffix)}</span>
          </button>
        </td>
        <td className="anno-row__codes-cell">
          <span className="anno-row__codes">
            {row.codeIds.map((id) => (
              <CodeChip key={id} code={codes.get(id)} />
            ))}
          </span>
        </td>
        <td className="anno-row__note">{row.note}</td>
        <td className="anno-row__coder">{row.coder}</td>
        <td className="anno-row__article">
          <span className="anno-row__title">{row.articleTitle || 'Untitled'}</span>
          <span className="anno-row__outlet">
            {row.outlet ?? 'Unknown outlet'}
            {row.published ? ` · ${formatPublished(row.published, 'short')}` : ''}
          </span>
        </td>
        <td className="anno-row__date tabular">{formatWhen(row.updatedAt)}</td>
        <td>
          {isOrphan ? (
            <button
              type="button"
              className="status-pill status-pill--orphan"
              aria-expanded={isReviewing}
              onClick={onReview}
            >
              To review
            </button>
          ) : (
            <span className="status-pill" title={`Confidence ${Math.round(row.confidence * 100)}%`}>
              Anchored
            </span>
          )}
        </td>
        <td className="anno-row__actions">
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={`Edit annotation “${row.quote.exact.slice(0, 40)}”`}
            onClick={(event) => onEdit(event.currentTarget)}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button--ghost button--small anno-row__delete"
            aria-label={`Delete annotation “${row.quote.exact.slice(0, 40)}”`}
            onClick={onDelete}
          >
            Delete
          </button>
        </td>
      </tr>
      {isReviewing ? (
        <tr className="anno-review-row">
          <td colSpan={8}>
            <OrphanReview
              row={row}
              onDone={onReviewed}
              onDelete={onDelete}
              onOpenArticle={onOpenArticle}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
