import { useState } from 'react';
import { newCompareViewState, type CompareViewState } from '../../../shared/compare/view-state.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { plural } from '../ui/format.ts';
import { GranularitySwitch } from './GranularitySwitch.tsx';
import { StoryCard } from './StoryCard.tsx';
import type { Story } from './story-summary.ts';
import { useStories } from './useStories.ts';

interface StoriesViewProps {
  onCompare: (state: CompareViewState) => void;
  onOpenArticle: (id: string) => void;
}

/** The library grouped into stories: pick one to compare, or fix the grouping by hand. */
export function StoriesView({ onCompare, onOpenArticle }: StoriesViewProps) {
  const { list, edit, setGranularity, actionError, isBusy } = useStories();
  const [mergeIds, setMergeIds] = useState<string[]>([]);
  const stories = list.data?.stories ?? [];
  const liveMergeIds = mergeIds.filter((id) => stories.some((story) => story.id === id));

  const handleCompare = (story: Story) =>
    onCompare(
      newCompareViewState(
        story.articles.map((article) => article.id),
        story.title,
        story.id,
      ),
    );
  const toggleMerge = (storyId: string) =>
    setMergeIds((ids) =>
      ids.includes(storyId) ? ids.filter((id) => id !== storyId) : [...ids, storyId],
    );
  const handleMerge = () => {
    void edit('stories.merge', { storyIds: liveMergeIds });
    setMergeIds([]);
  };

  return (
    <section className="stories" aria-label="Stories">
      <div className="page-header">
        <div>
          <h1 className="page-header__title">Stories</h1>
          <p className="page-header__subtitle" role="status">
            {list.data ? plural(stories.length, 'story', 'stories') : 'Grouping…'}
          </p>
          <p className="stories__hint">
            Articles about the same event, across outlets and languages. Tick stories to merge them;
            open one to split it or move an article elsewhere.
          </p>
        </div>
        <div className="page-header__actions">
          {liveMergeIds.length >= 2 ? (
            <button type="button" className="button button--secondary" onClick={handleMerge}>
              Merge {liveMergeIds.length} stories
            </button>
          ) : null}
          <span className="muted">Group by</span>
          <GranularitySwitch
            value={list.data?.granularity}
            isDisabled={isBusy || !list.data}
            onChange={(value) => void setGranularity(value)}
          />
        </div>
      </div>
      <div className="stories__body">
        {list.error && !list.data ? (
          <ErrorNotice
            title="Stories could not be loaded."
            error={list.error}
            onRetry={list.reload}
          />
        ) : null}
        {actionError ? (
          <ErrorNotice title="That change was not saved." error={actionError} />
        ) : null}
        {list.data && stories.length === 0 ? (
          <EmptyState title="No stories yet">
            Import articles in the Library; Parallax groups them into stories by event.
          </EmptyState>
        ) : null}
        <ul className="story-list" aria-label="Story list">
          {stories.map((story) => (
            <StoryCard
              key={story.id}
              story={story}
              otherStories={stories.filter((other) => other.id !== story.id)}
              isMergePicked={liveMergeIds.includes(story.id)}
              onToggleMerge={() => toggleMerge(story.id)}
              onCompare={() => handleCompare(story)}
              onOpenArticle={onOpenArticle}
              onEdit={edit}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}
