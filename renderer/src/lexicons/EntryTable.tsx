import { useEffect, useRef } from 'react';
import type { LexiconEntryRow } from '../../../shared/api/lexicon-methods.ts';
import { patternsOf } from './lexicon-labels.ts';

interface EntryTableProps {
  language: string;
  entries: readonly LexiconEntryRow[];
  /** Rows drawn; the rest come with "Show more", so a 600-entry file stays quick. */
  limit: number;
  onShowMore: () => void;
  selectedId: string | null;
  busyId: string | null;
  onToggle: (entry: LexiconEntryRow, enabled: boolean) => void;
  onEdit: (entry: LexiconEntryRow) => void;
  onReset: (entry: LexiconEntryRow) => void;
}

/** Patterns shown per row; the rest are named in a tooltip and in the edit form. */
const MAX_PATTERNS = 4;

const originLabel = { shipped: 'shipped', edited: 'edited', added: 'added' } as const;

/** The entries of one lexicon file: on/off, patterns, why, tags, origin and actions. */
export function EntryTable(props: EntryTableProps) {
  const { language, entries, limit, selectedId } = props;
  const selectedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center' });
  }, [selectedId]);

  return (
    <div className="lexicon-table" role="table" aria-label="Lexicon entries">
      <div className="lexicon-row lexicon-row--head" role="row">
        <span role="columnheader">On</span>
        <span role="columnheader">Pattern</span>
        <span role="columnheader">Why</span>
        <span role="columnheader">Tags</span>
        <span role="columnheader">Origin</span>
        <span role="columnheader">
          <span className="visually-hidden">Actions</span>
        </span>
      </div>
      {entries.slice(0, limit).map((entry) => (
        <EntryRow
          key={entry.id}
          {...props}
          entry={entry}
          language={language}
          rowRef={entry.id === selectedId ? selectedRef : undefined}
        />
      ))}
      {entries.length > limit ? (
        <div className="lexicon-more">
          <button type="button" className="button button--secondary" onClick={props.onShowMore}>
            Show {Math.min(200, entries.length - limit)} more of {entries.length - limit}
          </button>
        </div>
      ) : null}
    </div>
  );
}

interface EntryRowProps extends EntryTableProps {
  entry: LexiconEntryRow;
  rowRef: React.RefObject<HTMLDivElement | null> | undefined;
}

function EntryRow({
  entry,
  language,
  selectedId,
  busyId,
  onToggle,
  onEdit,
  onReset,
  rowRef,
}: EntryRowProps) {
  const patterns = patternsOf(entry);
  const name = patterns[0] ?? entry.id;
  const tags = [
    entry.set && `set: ${entry.set}`,
    entry.side && `side: ${entry.side}`,
    entry.stance,
    entry.family,
    entry.label && `speaker: ${entry.label}`,
  ].filter((t): t is string => Boolean(t));
  const classes = [
    'lexicon-row',
    entry.enabled ? '' : 'lexicon-row--disabled',
    entry.id === selectedId ? 'lexicon-row--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} role="row" ref={rowRef} data-entry-id={entry.id}>
      <span role="cell">
        <label className="switch" title={entry.enabled ? 'Enabled' : 'Disabled'}>
          <input
            type="checkbox"
            role="switch"
            checked={entry.enabled}
            disabled={busyId === entry.id}
            aria-label={`Enabled: ${name}`}
            onChange={(e) => onToggle(entry, e.target.checked)}
          />
          <span className="switch__track" aria-hidden="true" />
        </label>
      </span>
      <span role="cell" className="lexicon-row__patterns" lang={language}>
        {patterns.slice(0, MAX_PATTERNS).map((p, i) => (
          <span key={`${i}-${p}`} className="lexicon-pattern">
            {p}
          </span>
        ))}
        {patterns.length > MAX_PATTERNS ? (
          <span className="lexicon-row__more" title={patterns.slice(MAX_PATTERNS).join('\n')}>
            +{patterns.length - MAX_PATTERNS} more
          </span>
        ) : null}
        <span className="lexicon-row__id">{entry.id}</span>
      </span>
      <span role="cell" className="lexicon-row__why" lang={language}>
        {entry.why}
      </span>
      <span role="cell" className="lexicon-row__tags">
        {tags.map((t) => (
          <span key={t} className="lexicon-tag">
            {t}
          </span>
        ))}
      </span>
      <span role="cell">
        <span
          className={`origin-badge origin-badge--${entry.origin}`}
          title={
            entry.origin === 'edited' && entry.shipped
              ? `Shipped version: ${patternsOf(entry.shipped).join(', ')} — ${entry.shipped.why}${entry.shipped.enabled ? '' : ' (disabled)'}`
              : undefined
          }
        >
          {originLabel[entry.origin]}
        </span>
      </span>
      <span role="cell" className="lexicon-row__actions">
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Edit ${name}`}
          onClick={() => onEdit(entry)}
        >
          Edit
        </button>
        {entry.origin !== 'shipped' ? (
          <button
            type="button"
            className="button button--small button--ghost"
            aria-label={`${entry.origin === 'added' ? 'Delete' : 'Reset to shipped'} ${name}`}
            title={entry.origin === 'added' ? 'Delete this entry' : 'Back to the shipped entry'}
            disabled={busyId === entry.id}
            onClick={() => onReset(entry)}
          >
            {entry.origin === 'added' ? 'Delete' : 'Reset'}
          </button>
        ) : null}
      </span>
    </div>
  );
}
