import { useId, useState } from 'react';
import { plural } from '../ui/format.ts';
import { RenameForm } from './RenameForm.tsx';
import { StoryArticles } from './StoryArticles.tsx';
import { storyDateSpan, storyOutlets, type Story } from './story-summary.ts';
import type { useStories } from './useStories.ts';

interface StoryCardProps {
  story: Story;
  otherStories: Story[];
  isMergePicked: boolean;
  onToggleMerge: () => void;
  onCompare: () => void;
  onOpenArticle: (id: string) => void;
  onEdit: ReturnType<typeof useStories>['edit'];
}

/** One story: its facts at a glance, Compare, and (expanded) its articles to split or move. */
export function StoryCard({
  story,
  otherStories,
  isMergePicked,
  onToggleMerge,
  onCompare,
  onOpenArticle,
  onEdit,
}: StoryCardProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [isRenaming, setIsRenaming] = useState(false);
  const articlesId = useId();
  const count = story.articles.length;

  return (
    <li className={`story-card${isOpen ? ' story-card--open' : ''}`} aria-label={story.title}>
      <div className="story-card__head">
        <input
          type="checkbox"
          className="story-card__pick"
          aria-label={`Pick for merging: ${story.title}`}
          checked={isMergePicked}
          onChange={onToggleMerge}
        />
        <div className="story-card__main">
          {isRenaming ? (
            <RenameForm
              title={story.title}
              onCancel={() => setIsRenaming(false)}
              onSave={(title) => {
                setIsRenaming(false);
                void onEdit('stories.rename', { storyId: story.id, title });
              }}
            />
          ) : (
            <button
              type="button"
              className="story-card__title"
              aria-expanded={isOpen}
              aria-controls={articlesId}
              onClick={() => setIsOpen((open) => !open)}
            >
              <span className="story-card__chevron" aria-hidden="true">
                {isOpen ? '▾' : '▸'}
              </span>
              {story.title}
            </button>
          )}
          <p className="story-card__meta">
            <span className="tabular">{plural(count, 'article')}</span>
            <span aria-hidden="true">·</span>
            <span>{storyOutlets(story).join(', ')}</span>
            <span aria-hidden="true">·</span>
            <span className="tabular">{storyDateSpan(story)}</span>
          </p>
        </div>
        <div className="story-card__actions">
          {isRenaming ? null : (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setIsRenaming(true)}
            >
              Rename
            </button>
          )}
          {count < 2 ? (
            <button
              type="button"
              className="button button--secondary button--small"
              title="A comparison needs at least two articles"
              onClick={() => story.articles[0] && onOpenArticle(story.articles[0].id)}
            >
              Read
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={onCompare}
            >
              Compare{count > 6 ? ' (pick 6)' : ''}
            </button>
          )}
        </div>
      </div>
      {isOpen ? (
        <StoryArticles id={articlesId} story={story} otherStories={otherStories} onEdit={onEdit} />
      ) : null}
    </li>
  );
}
