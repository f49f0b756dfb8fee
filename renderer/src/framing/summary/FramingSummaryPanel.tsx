import type { ReactNode } from 'react';
import type {
  ArticleFramingSummary,
  StoryFramingSummary,
} from '../../../../shared/api/framing-report-methods.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatCount, plural } from '../../ui/format.ts';
import { ContradictionList } from './ContradictionList.tsx';
import { FrameChart } from './FrameChart.tsx';
import { ReportExport } from './ReportExport.tsx';
import { SideShareBar } from './SideShareBar.tsx';
import { useFramingSummary } from './useFramingSummary.ts';
import { VoiceList } from './VoiceList.tsx';

interface FramingSummaryPanelProps {
  /** The compare view's columns, in order. */
  articleIds: readonly string[];
  pivot: string | null;
  title: string;
  onClose: () => void;
  /** Scrolls the compare grid to the row holding a passage (from a contradiction). */
  onShowPassage?: (articleId: string, passageIndex: number) => void;
}

/** A rate per 1,000 words with its count, and a bar scaled to the highest rate of the row. */
function Rate({
  value,
  count,
  max,
  detail,
}: {
  value: number;
  count: number;
  max: number;
  detail?: string;
}) {
  return (
    <div className="fs-rate">
      <span className="fs-rate__value tabular">{value.toFixed(1)}</span>
      <span className="fs-rate__count tabular muted">{detail ?? `(${count})`}</span>
      <span className="fs-rate__track" aria-hidden="true">
        <span style={{ width: `${max > 0 ? (value / max) * 100 : 0}%` }} />
      </span>
    </div>
  );
}

function Row({
  label,
  hint,
  articles,
  cell,
}: {
  label: string;
  hint?: string;
  articles: readonly ArticleFramingSummary[];
  cell: (article: ArticleFramingSummary) => ReactNode;
}) {
  return (
    <tr>
      <th scope="row">
        {label}
        {hint ? <small>{hint}</small> : null}
      </th>
      {articles.map((article) => (
        <td key={article.articleId}>{cell(article)}</td>
      ))}
    </tr>
  );
}

function SummaryTable({ summary }: { summary: StoryFramingSummary }) {
  const { articles, contested } = summary;
  const maxHedges = Math.max(...articles.map((a) => a.hedgesPer1000Words));
  const maxVerbs = Math.max(...articles.map((a) => a.loadedVerbsPer1000Words));
  const maxLoaded = Math.max(...articles.map((a) => a.loadedWordsPer1000Words));
  return (
    <table className="fs-table" aria-label="Framing by outlet">
      <colgroup>
        <col className="fs-table__head-col" />
        {articles.map((a) => (
          <col key={a.articleId} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Measure</span>
          </th>
          {articles.map((a) => (
            <th key={a.articleId} scope="col">
              <span className="fs-outlet">{a.outlet ?? 'Unknown outlet'}</span>
              {a.language ? <span className="fs-lang">{a.language}</span> : null}
              <span className="fs-title" lang={a.language ?? undefined} title={a.title}>
                {a.title}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <Row
          label="Quoted words by side"
          hint="share of attributed quoted words"
          articles={articles}
          cell={(a) => <SideShareBar summary={a} />}
        />
        <Row
          label="Voices quoted"
          hint="speaker, side, words"
          articles={articles}
          cell={(a) => <VoiceList summary={a} />}
        />
        <Row
          label="Credited sources"
          articles={articles}
          cell={(a) =>
            a.credits.length > 0 ? (
              a.credits.join(', ')
            ) : (
              <span className="fs-empty">None named</span>
            )
          }
        />
        <Row
          label="Hedges"
          hint="per 1,000 words"
          articles={articles}
          cell={(a) => (
            <Rate value={a.hedgesPer1000Words} count={a.counts.hedges} max={maxHedges} />
          )}
        />
        <Row
          label="Loaded reporting verbs"
          hint="per 1,000 words (loaded / neutral)"
          articles={articles}
          cell={(a) => (
            <Rate
              value={a.loadedVerbsPer1000Words}
              count={a.counts.loadedVerbs}
              max={maxVerbs}
              detail={`(${a.counts.loadedVerbs} / ${a.counts.neutralVerbs})`}
            />
          )}
        />
        <Row
          label="Loaded wording"
          hint="per 1,000 words"
          articles={articles}
          cell={(a) => (
            <Rate value={a.loadedWordsPer1000Words} count={a.counts.loadedWords} max={maxLoaded} />
          )}
        />
        <Row
          label="Words"
          articles={articles}
          cell={(a) => <span className="tabular">{formatCount(a.words)}</span>}
        />
        <tr className="fs-table__group">
          <th scope="rowgroup" colSpan={articles.length + 1}>
            Contested terms{' '}
            <span className="muted">
              — the term each outlet chooses; sides say whose usage it is, not which is correct
            </span>
          </th>
        </tr>
        {contested.length === 0 ? (
          <tr>
            <td colSpan={articles.length + 1} className="fs-empty">
              No term from a contested set appears in these articles.
            </td>
          </tr>
        ) : (
          contested.map((set) => (
            <tr key={set.set} data-set={set.set}>
              <th scope="row">{set.label}</th>
              {articles.map((a) => {
                const uses = set.byArticle[a.articleId] ?? [];
                return (
                  <td key={a.articleId} lang={a.language ?? undefined}>
                    {uses.length === 0 ? (
                      <span className="fs-empty" aria-label="none">
                        —
                      </span>
                    ) : (
                      <ul className="fs-terms">
                        {uses.map((use) => (
                          <li key={`${use.side}:${use.term}`} title={use.sideNote}>
                            <span className="fs-term">
                              {use.term}
                              {use.count > 1 ? (
                                <span className="fs-term__count">×{use.count}</span>
                              ) : null}
                            </span>
                            <span className="fs-term__side" lang="en">
                              {use.sideLabel}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))
        )}
        <tr className="fs-table__group">
          <th scope="rowgroup" colSpan={articles.length + 1}>
            Frame profile{' '}
            <span className="muted">
              — the 15 Media Frames Corpus dimensions in codebook order; the leading one highlighted
            </span>
          </th>
        </tr>
        <Row
          label="Frames"
          hint="share of frame keyword hits"
          articles={articles}
          cell={(a) => <FrameChart summary={a} />}
        />
      </tbody>
    </table>
  );
}

/** The framing summary of the compared articles: a table per outlet, contradictions, export. */
export function FramingSummaryPanel({
  articleIds,
  pivot,
  title,
  onClose,
  onShowPassage,
}: FramingSummaryPanelProps) {
  const { data, error, isLoading, reload } = useFramingSummary(articleIds);
  return (
    <section
      className="framing-summary"
      id="framing-summary"
      aria-label="Framing summary"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
        // Focus goes back to the toolbar button that opened the panel.
        document.querySelector<HTMLElement>('[aria-controls="framing-summary"]')?.focus();
      }}
    >
      <header className="framing-summary__head">
        <div className="framing-summary__heading">
          <h2>Framing summary</h2>
          <p className="muted tabular" role="status">
            {data
              ? `${plural(data.articles.length, 'outlet')} · ${plural(data.contested.length, 'contested set')} · ${plural(
                  data.contradictions.length,
                  'contradiction',
                )}`
              : isLoading
                ? 'Summarising…'
                : ''}
          </p>
        </div>
        <ReportExport articleIds={articleIds} pivot={pivot} title={title} />
        <button
          type="button"
          className="button button--ghost framing-summary__close"
          aria-label="Close the framing summary"
          onClick={onClose}
        >
          ✕
        </button>
      </header>
      <div className="framing-summary__body">
        {error ? (
          <ErrorNotice
            title="The framing summary could not be computed."
            error={error}
            onRetry={reload}
          />
        ) : null}
        {data ? (
          <>
            <SummaryTable summary={data} />
            <h3 className="framing-summary__subhead">Contradictions</h3>
            <ContradictionList
              contradictions={data.contradictions}
              articles={data.articles}
              {...(onShowPassage ? { onShowPassage } : {})}
            />
          </>
        ) : !error ? (
          <p className="loading">Summarising {plural(articleIds.length, 'article')}…</p>
        ) : null}
      </div>
    </section>
  );
}
