import { useState } from 'react';
import { formatPublished, languageName, plural } from '../ui/format.ts';
import type { Story } from './story-summary.ts';
import type { useStories } from './useStories.ts';

interface StoryArticlesProps {
  id: string;
  story: Story;
  otherStories: Story[];
  onEdit: ReturnType<typeof useStories>['edit'];
}

const newStory = '__new__';

/** A story's articles: tick some to split them off, or move one to another story. */
export function StoryArticles({ id, story, otherStories, onEdit }: StoryArticlesProps) {
  const [picked, setPicked] = useState<string[]>([]);
  const livePicked = picked.filter((articleId) => story.articles.some((a) => a.id === articleId));
  const canSplit = livePicked.length > 0 && livePicked.length < story.articles.length;

  const toggle = (articleId: string) =>
    setPicked((ids) =>
      ids.includes(articleId) ? ids.filter((item) => item !== articleId) : [...ids, articleId],
    );
  const handleMove = (articleId: string, target: string) => {
    if (!target) return;
    void onEdit('stories.moveArticle', {
      articleId,
      toStoryId: target === newStory ? null : target,
    });
  };

  return (
    <div id={id} className="story-articles">
      <ul className="story-articles__list">
        {story.articles.map((article) => (
          <li key={article.id} className="story-article">
            <input
              type="checkbox"
              aria-label={`Pick for splitting: ${article.title}`}
              checked={livePicked.includes(article.id)}
              onChange={() => toggle(article.id)}
            />
            <span className="story-article__outlet">{article.outlet ?? 'Unknown outlet'}</span>
            <span className="story-article__title" lang={article.language ?? undefined}>
              {article.title || 'Untitled'}
            </span>
            <span className="story-article__meta tabular">
              {formatPublished(article.published, 'short')} · {languageName(article.language)}
            </span>
            <select
              className="input select story-article__move"
              aria-label={`Move “${article.title}” to`}
              value=""
              onChange={(event) => handleMove(article.id, event.target.value)}
            >
              <option value="">Move to…</option>
              {story.articles.length > 1 ? <option value={newStory}>A new story</option> : null}
              {otherStories.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <div className="story-articles__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!canSplit}
          onClick={() => {
            void onEdit('stories.split', { storyId: story.id, articleIds: livePicked });
            setPicked([]);
          }}
        >
          Split off{' '}
          {livePicked.length > 0 ? plural(livePicked.length, 'article') : 'ticked articles'}
        </button>
        <span className="muted">
          Tick the articles that belong to another event, then split them into a story of their own.
        </span>
      </div>
    </div>
  );
}
