import { useEffect, useMemo, useRef, useState } from 'react';
import { useArticle } from './useArticle.ts';
import { ArticleHeader } from './ArticleHeader.tsx';
import { SourceLines } from './SourceLines.tsx';
import { FindElsewhere } from './FindElsewhere.tsx';
import type { PassageTarget } from './passage-target.ts';
import { MetadataPanel } from './MetadataPanel.tsx';
import { countRemoved } from './line-labels.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { useFraming } from '../framing/useFraming.ts';
import { useFramingToggles } from '../framing/useFramingToggles.ts';
import { FramingLegend } from '../framing/FramingLegend.tsx';
import { ArticleText } from '../annotations/ArticleText.tsx';

interface ReaderViewProps {
  articleId: string;
  onBack: () => void;
  /** Where back goes, for the button's label. */
  backLabel?: string;
  /** A passage to land on, scrolled to and flashed (from a search hit). */
  target?: PassageTarget | null;
  /** Searches the other articles for the selected text. */
  onFindElsewhere?: (text: string, articleId: string) => void;
}

export function ReaderView({
  articleId,
  onBack,
  backLabel = 'Library',
  target = null,
  onFindElsewhere,
}: ReaderViewProps) {
  const { data, error, isLoading, reload } = useArticle(articleId);
  const [showRemoved, setShowRemoved] = useState(false);
  const articleRef = useRef<HTMLElement>(null);
  const articleIds = useMemo(() => [articleId], [articleId]);
  const framing = useFraming(articleIds);
  const toggles = useFramingToggles();
  const { isShown } = toggles;
  const shownCues = useMemo(
    () => framing.cues.filter((cue) => cue.article === articleId && isShown(cue.kind)),
    [framing.cues, articleId, isShown],
  );

  // Escape goes back to the library unless a field or popover is using it.
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      const element = event.target as HTMLElement | null;
      const isTyping = element?.closest('input, textarea, select, [role="menu"], form') !== null;
      if (event.key === 'Escape' && !event.defaultPrevented && !isTyping) onBack();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [onBack]);

  return (
    <div className="reader">
      <div className="toolbar">
        <button type="button" className="button button--ghost" onClick={onBack}>
          ← {backLabel}
        </button>
        {data ? (
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={showRemoved}
              onChange={(event) => setShowRemoved(event.target.checked)}
            />
            <span className="switch__track" aria-hidden="true" />
            <span>
              Show removed lines <span className="muted tabular">({countRemoved(data.lines)})</span>
            </span>
          </label>
        ) : null}
      </div>
      {error && !data ? (
        <ErrorNotice title="This article could not be opened." error={error} onRetry={reload} />
      ) : null}
      {isLoading && !data ? (
        <p className="loading" role="status">
          Loading article…
        </p>
      ) : null}
      {data ? (
        <div className="reader__layout">
          <article ref={articleRef} className="reader__article" aria-label={data.article.title}>
            <ArticleHeader article={data.article} />
            {showRemoved ? null : (
              <FramingLegend
                cues={framing.cues}
                isShown={toggles.isShown}
                onToggle={toggles.toggle}
                isLoading={framing.isLoading && framing.cues.length === 0}
              />
            )}
            {showRemoved ? (
              <SourceLines lines={data.lines} language={data.article.language} />
            ) : (
              <ArticleText
                articleId={articleId}
                body={data.body}
                language={data.article.language}
                target={target}
                cues={shownCues}
                onEdited={reload}
              />
            )}
            {onFindElsewhere ? (
              <FindElsewhere
                containerRef={articleRef}
                onFind={(text) => onFindElsewhere(text, articleId)}
              />
            ) : null}
          </article>
          <MetadataPanel key={data.article.id} article={data.article} onSaved={reload} />
        </div>
      ) : null}
    </div>
  );
}
