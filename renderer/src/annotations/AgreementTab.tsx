import { useMemo, useState } from 'react';
import type { AnnotationRow, Code } from '../../../shared/api/annotation-methods.ts';
import type { Output } from '../../../shared/api/contract.ts';
import { errorMessage } from '../api/api-client.ts';
import { useApi } from '../api/useApi.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { CodeChip } from './PassagesTab.tsx';
import type { CodebookEntry } from './useCodebooks.ts';

interface AgreementTabProps {
  rows: readonly AnnotationRow[];
  /** Opens a disagreeing passage in the reader. */
  onOpenPassage: (articleId: string, start: number, end: number) => void;
  books: readonly CodebookEntry[];
  codes: ReadonlyMap<string, Code>;
}

type Agreement = Output<'annotations.agreement'>;

function formatStat(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

/** Landis & Koch's words for a kappa or alpha, so a number comes with its usual reading. */
function strength(value: number | null): string {
  if (value === null) return 'undefined';
  if (value < 0) return 'worse than chance';
  if (value <= 0.2) return 'slight';
  if (value <= 0.4) return 'fair';
  if (value <= 0.6) return 'moderate';
  if (value <= 0.8) return 'substantial';
  return 'almost perfect';
}

function Stat({ value }: { value: number | null }) {
  const word = strength(value);
  const isLow = value !== null && value <= 0.4;
  return (
    <>
      {formatStat(value)}
      <span className={`agreement__strength${isLow ? ' agreement__strength--low' : ''}`}>
        {word}
      </span>
    </>
  );
}

/** Two or more coders compared on the articles they all coded: per code, and where they differ. */
export function AgreementTab({ rows, books, codes, onOpenPassage }: AgreementTabProps) {
  const api = useApi();
  const coders = useMemo(() => [...new Set(rows.map((row) => row.coder))].sort(), [rows]);
  const [picked, setPicked] = useState<string[]>([]);
  const [codebookId, setCodebookId] = useState('');
  const [result, setResult] = useState<Agreement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const chosen = picked.filter((coder) => coders.includes(coder));

  const compute = async () => {
    setIsBusy(true);
    setError(null);
    try {
      setResult(
        await api.call('annotations.agreement', {
          coders: chosen,
          ...(codebookId ? { codebookId } : {}),
        }),
      );
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setIsBusy(false);
    }
  };

  if (coders.length < 2) {
    return (
      <EmptyState title="Agreement needs two coders">
        {coders.length === 1
          ? `Every passage so far is coded by “${coders[0]}”. `
          : 'No passage is coded yet. '}
        Set another coder name with the Coder button and code the same articles again; then compare
        the codings here.
      </EmptyState>
    );
  }

  const isTwo = result?.coders.length === 2;
  return (
    <div className="agreement">
      <form
        className="agreement__form"
        onSubmit={(event) => {
          event.preventDefault();
          void compute();
        }}
      >
        <fieldset className="agreement__coders">
          <legend>Coders</legend>
          {coders.map((coder) => (
            <label key={coder} className="agreement__coder">
              <input
                type="checkbox"
                checked={chosen.includes(coder)}
                onChange={(event) =>
                  setPicked(
                    event.target.checked
                      ? [...chosen, coder]
                      : chosen.filter((other) => other !== coder),
                  )
                }
              />
              {coder}
            </label>
          ))}
        </fieldset>
        <label className="agreement__book">
          <span>Codebook</span>
          <select
            className="input select"
            value={codebookId}
            onChange={(event) => setCodebookId(event.target.value)}
          >
            <option value="">All codebooks</option>
            {books.map((entry) => (
              <option key={entry.codebook.id} value={entry.codebook.id}>
                {entry.codebook.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={chosen.length < 2 || isBusy}
        >
          {isBusy ? 'Computing…' : 'Compare coders'}
        </button>
      </form>
      <p className="agreement__explain">
        Each passage of the articles all chosen coders coded is a unit; per code, each coder either
        applied it there or not. <strong>Cohen’s kappa</strong> (two coders) and{' '}
        <strong>Krippendorff’s alpha</strong> (any number) are agreement corrected for chance: 1 is
        perfect, 0 is what chance alone gives, below 0 is systematic disagreement; 0.8 and up is
        usually taken as reliable.
      </p>
      {error ? (
        <p className="anno-io__error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <>
          <p className="agreement__summary" role="status">
            {result.coders.join(', ')} · {result.articleCount}{' '}
            {result.articleCount === 1 ? 'article' : 'articles'} coded by all · {result.unitCount}{' '}
            passages · overall alpha <strong>{formatStat(result.overallAlpha)}</strong> (
            {strength(result.overallAlpha)})
          </p>
          {result.perCode.length === 0 ? (
            <EmptyState title="No code in common">
              These coders have not coded the same articles with codes from this codebook.
            </EmptyState>
          ) : (
            <table className="anno-table agreement__table" aria-label="Agreement per code">
              <caption>
                Per code: kappa and alpha, the share of passages on which the coders agree, and how
                many passages each coder applied it to.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  {isTwo ? (
                    <th scope="col" className="agreement__stat">
                      Kappa
                    </th>
                  ) : null}
                  <th scope="col" className="agreement__stat">
                    Alpha
                  </th>
                  <th scope="col" className="codes-table__num">
                    Agreement
                  </th>
                  {result.coders.map((coder) => (
                    <th key={coder} scope="col" className="codes-table__num">
                      {coder}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.perCode.map((entry) => (
                  <tr key={entry.codeId}>
                    <td>
                      <CodeChip code={codes.get(entry.codeId)} />
                    </td>
                    {isTwo ? (
                      <td className="agreement__stat tabular">
                        <Stat value={entry.kappa} />
                      </td>
                    ) : null}
                    <td className="agreement__stat tabular">
                      <Stat value={entry.alpha} />
                    </td>
                    <td className="codes-table__num tabular">
                      {entry.percentAgreement === null
                        ? '—'
                        : `${Math.round(entry.percentAgreement * 100)}%`}
                    </td>
                    {entry.applied.map((count, index) => (
                      <td key={index} className="codes-table__num tabular">
                        {count}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2 className="agreement__heading">
            Disagreements <span className="muted tabular">({result.disagreements.length})</span>
          </h2>
          {result.disagreements.length === 0 ? (
            <p className="muted">The coders agree on every passage.</p>
          ) : (
            <ul className="agreement__disagreements">
              {result.disagreements.map((entry) => (
                <li key={`${entry.articleId}:${entry.passageIndex}`} className="agreement__item">
                  <div className="agreement__item-head">
                    <p className="agreement__article">{entry.articleTitle}</p>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenPassage(entry.articleId, entry.start, entry.end)}
                    >
                      Open in the reader
                    </button>
                  </div>
                  <blockquote className="agreement__text">{entry.text}</blockquote>
                  <dl className="agreement__by-coder">
                    {result.coders.map((coder) => (
                      <div key={coder} className="agreement__coder-row">
                        <dt>{coder}</dt>
                        <dd>
                          {(entry.byCoder[coder] ?? []).length === 0 ? (
                            <span className="muted">no code</span>
                          ) : (
                            (entry.byCoder[coder] ?? []).map((id) => (
                              <CodeChip key={id} code={codes.get(id)} />
                            ))
                          )}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
