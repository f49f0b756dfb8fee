import { useEffect, useState } from 'react';
import { useArticle } from './useArticle.ts';
import { ArticleHeader } from './ArticleHeader.tsx';
import { ArticleBody } from './ArticleBody.tsx';
import { SourceLines } from './SourceLines.tsx';
import { MetadataPanel } from './MetadataPanel.tsx';
import { countRemoved } from './line-labels.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface ReaderViewProps {
  articleId: string;
  onBack: () => void;
}

export function ReaderView({ articleId, onBack }: ReaderViewProps) {
  const { data, error, isLoading, reload } = useArticle(articleId);
  const [showRemoved, setShowRemoved] = useState(false);

  // Escape goes back to the library unless a field or popover is using it.
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const isTyping = target?.closest('input, textarea, select, [role="menu"], form') !== null;
      if (event.key === 'Escape' && !event.defaultPrevented && !isTyping) onBack();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [onBack]);

  return (
    <div className="reader">
      <div className="toolbar">
        <button type="button" className="button button--ghost" onClick={onBack}>
          ← Library
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
          <article className="reader__article" aria-label={data.article.title}>
            <ArticleHeader article={data.article} />
            {showRemoved ? (
              <SourceLines lines={data.lines} language={data.article.language} />
            ) : (
              <ArticleBody body={data.body} language={data.article.language} />
            )}
          </article>
          <MetadataPanel key={data.article.id} article={data.article} onSaved={reload} />
        </div>
      ) : null}
    </div>
  );
}
