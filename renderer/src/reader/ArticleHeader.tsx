import { useEffect, useRef } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { formatConfidence, formatCount, formatPublished, languageName } from '../ui/format.ts';

interface ArticleHeaderProps {
  article: ArticleRecord;
}

/** Title and the facts a reader checks first; how sure the date is stays visible but quiet. */
export function ArticleHeader({ article }: ArticleHeaderProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening an article moves focus to its title, so screen readers announce it and keys scroll it.
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), [article.id]);
  return (
    <header className="article-header">
      <p
        className={`article-header__outlet${article.outlet ? '' : ' article-header__outlet--unknown'}`}
      >
        {article.outlet ?? 'Unknown outlet'}
      </p>
      <h1
        ref={titleRef}
        tabIndex={-1}
        className="article-header__title"
        lang={article.language ?? undefined}
      >
        {article.title || 'Untitled'}
      </h1>
      <p className="article-header__meta">
        <span>{formatPublished(article.published)}</span>
        <span aria-hidden="true">·</span>
        <span>{languageName(article.language)}</span>
        <span aria-hidden="true">·</span>
        <span>{formatCount(article.wordCount)} words</span>
      </p>
      {article.publishedSource ? (
        <p className="article-header__date-source">
          date source: “{article.publishedSource}” · confidence{' '}
          {formatConfidence(article.publishedConfidence)}
        </p>
      ) : null}
      <ArticleFacts article={article} />
    </header>
  );
}

function ArticleFacts({ article }: ArticleHeaderProps) {
  const { credits, keywords, captions } = article;
  if (credits.length + keywords.length + captions.length === 0) return null;
  return (
    <dl className="article-facts" lang={article.language ?? undefined}>
      {credits.length > 0 ? (
        <div className="article-facts__row">
          <dt>Credits</dt>
          <dd>{credits.join(', ')}</dd>
        </div>
      ) : null}
      {keywords.length > 0 ? (
        <div className="article-facts__row">
          <dt>Keywords</dt>
          <dd className="chips">
            {keywords.map((keyword) => (
              <span key={keyword} className="chip">
                {keyword}
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      {captions.length > 0 ? (
        <div className="article-facts__row">
          <dt>{captions.length === 1 ? 'Caption' : 'Captions'}</dt>
          <dd>
            {captions.map((caption, index) => (
              <p key={index} className="article-facts__caption">
                {caption}
              </p>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
