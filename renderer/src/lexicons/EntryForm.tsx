import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LexiconKind } from '../../../shared/framing/lexicon-schema.ts';
import type { LexiconEntryRow } from '../../../shared/api/lexicon-methods.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { useDebouncedValue } from '../ui/useDebouncedValue.ts';
import { patternsOf } from './lexicon-labels.ts';
import { PatternSyntax } from './PatternSyntax.tsx';

interface EntryFormProps {
  language: string;
  kind: LexiconKind;
  /** The entry to edit, or null to add one. */
  entry: LexiconEntryRow | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

interface Match {
  start: number;
  end: number;
}

/** Adds or edits one entry, with a live preview of what its patterns match in a sample text. */
export function EntryForm({ language, kind, entry, onSaved, onCancel }: EntryFormProps) {
  const api = useApi();
  const formId = useId();
  const firstField = useRef<HTMLTextAreaElement>(null);
  const [id, setId] = useState('');
  const [patterns, setPatterns] = useState(entry ? patternsOf(entry).join('\n') : '');
  const [why, setWhy] = useState(entry?.why ?? '');
  const [family, setFamily] = useState(entry?.family ?? '');
  const [side, setSide] = useState(entry?.side ?? '');
  const [set, setSet] = useState(entry?.set ?? '');
  const [stance, setStance] = useState<'' | 'neutral' | 'loaded'>(entry?.stance ?? '');
  const [label, setLabel] = useState(entry?.label ?? '');
  const [sample, setSample] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [preview, setPreview] = useState<{ matches: Match[]; problem: string | null } | null>(null);

  useEffect(() => firstField.current?.focus(), []);

  const lines = patterns
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const previewKey = useDebouncedValue(JSON.stringify([lines, sample]), 200);

  useEffect(() => {
    const [pats, text] = JSON.parse(previewKey) as [string[], string];
    if (pats.length === 0 || text.trim() === '') return;
    let isCurrent = true;
    Promise.all(pats.map((pattern) => api.call('lexicons.test', { language, kind, pattern, text })))
      .then((results) => {
        if (!isCurrent) return;
        const problem = results.find((r) => r.problem)?.problem ?? null;
        const matches = results
          .flatMap((r) => r.matches)
          .sort((a, b) => a.start - b.start || b.end - a.end)
          .filter((m, i, all) => all.findIndex((o) => o.start <= m.start && o.end > m.start) === i);
        setPreview({ matches, problem });
      })
      .catch((e: unknown) => {
        if (isCurrent) setPreview({ matches: [], problem: errorMessage(e) });
      });
    return () => {
      isCurrent = false;
    };
  }, [api, language, kind, previewKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setIsSaving(true);
    const optional = (name: string, value: string) =>
      value.trim() ? { [name]: value.trim() } : {};
    const next = {
      // Fields the form does not edit (vetoes, weights) are kept as they were.
      ...(entry ? { unless: entry.unless, weight: entry.weight } : {}),
      ...(entry ? { id: entry.id } : optional('id', id)),
      pattern: lines.length === 1 ? (lines[0] ?? '') : lines,
      why: why.trim(),
      enabled: entry?.enabled ?? true,
      ...optional('family', family),
      ...optional('side', side),
      ...optional('set', set),
      ...optional('label', label),
      ...(stance ? { stance } : {}),
    };
    api
      .call('lexicons.saveEntry', {
        language,
        kind,
        mode: entry ? 'edit' : 'add',
        entry: JSON.parse(JSON.stringify(next)) as typeof next,
      })
      .then(
        (saved) => onSaved(saved.id),
        (e: unknown) => setError(errorMessage(e)),
      )
      .finally(() => setIsSaving(false));
  };

  const shownPreview = lines.length > 0 && sample.trim() !== '' ? preview : null;

  return (
    <form
      className="lexicon-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 className="lexicon-form__title" id={`${formId}-title`}>
        {entry ? `Edit entry ${entry.id}` : 'Add an entry'}
      </h2>
      <div className="lexicon-form__grid">
        <label className="lexicon-form__field">
          Patterns, one per line
          <textarea
            ref={firstField}
            className="input"
            rows={3}
            lang={language}
            value={patterns}
            required
            placeholder={language === 'ru' ? 'якобы\nзаяви*' : 'reportedly\nclaim|claims|claimed'}
            onChange={(e) => setPatterns(e.target.value)}
          />
        </label>
        <label className="lexicon-form__field">
          Why it is flagged (shown in the tooltip)
          <textarea
            className="input"
            rows={3}
            value={why}
            required
            placeholder="What the wording signals, and who tends to use it."
            onChange={(e) => setWhy(e.target.value)}
          />
        </label>
        {entry ? null : (
          <label className="lexicon-form__field">
            <span>
              Id <span className="lexicon-form__help">(optional; made from the pattern)</span>
            </span>
            <input
              className="input"
              value={id}
              placeholder="lower-case, e.g. my-term"
              onChange={(e) => setId(e.target.value)}
            />
          </label>
        )}
        <label className="lexicon-form__field">
          Family
          <input className="input" value={family} onChange={(e) => setFamily(e.target.value)} />
        </label>
        {kind === 'contested-term' || kind === 'speaker-role' ? (
          <label className="lexicon-form__field">
            Side
            <input className="input" value={side} onChange={(e) => setSide(e.target.value)} />
          </label>
        ) : null}
        {kind === 'contested-term' ? (
          <label className="lexicon-form__field">
            Set of competing terms
            <input className="input" value={set} onChange={(e) => setSet(e.target.value)} />
          </label>
        ) : null}
        {kind === 'speaker-role' ? (
          <label className="lexicon-form__field">
            Speaker name shown
            <input className="input" value={label} onChange={(e) => setLabel(e.target.value)} />
          </label>
        ) : null}
        {kind === 'reporting-verb' ? (
          <label className="lexicon-form__field">
            Stance
            <select
              className="input select"
              value={stance}
              onChange={(e) => setStance(e.target.value as typeof stance)}
            >
              <option value="">—</option>
              <option value="neutral">neutral</option>
              <option value="loaded">loaded</option>
            </select>
          </label>
        ) : null}
        <label className="lexicon-form__field lexicon-form__field--wide">
          <span>
            Try it on a text{' '}
            {shownPreview && !shownPreview.problem ? (
              <span className="lexicon-preview__count" role="status">
                {shownPreview.matches.length === 1
                  ? '1 match'
                  : `${shownPreview.matches.length} matches`}
              </span>
            ) : null}
          </span>
          <textarea
            className="input"
            rows={2}
            lang={language}
            value={sample}
            placeholder="Paste a sentence to see what the patterns match"
            onChange={(e) => setSample(e.target.value)}
          />
          {shownPreview && !shownPreview.problem && shownPreview.matches.length > 0 ? (
            <p className="lexicon-preview" lang={language} data-testid="pattern-preview">
              {highlight(sample, shownPreview.matches)}
            </p>
          ) : null}
          {shownPreview?.problem ? (
            <span className="lexicon-form__error">{shownPreview.problem}</span>
          ) : null}
        </label>
      </div>
      {error ? (
        <p className="lexicon-form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="lexicon-form__buttons">
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {entry ? 'Save entry' : 'Save new entry'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <PatternSyntax />
    </form>
  );
}

/** The sample text with the matches marked; the text stays text. */
function highlight(text: string, matches: readonly Match[]) {
  const parts: Array<string | { mark: string; at: number }> = [];
  let at = 0;
  for (const m of matches) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start), { mark: text.slice(m.start, m.end), at: m.start });
    at = m.end;
  }
  parts.push(text.slice(at));
  return parts.map((part, i) =>
    typeof part === 'string' ? part : <mark key={`${part.at}-${i}`}>{part.mark}</mark>,
  );
}
