import type { Output } from '../../../shared/api/contract.ts';
import { formatPublished } from '../ui/format.ts';

export type StoryList = Output<'stories.list'>;
export type Story = StoryList['stories'][number];
export type Granularity = StoryList['granularity'];

/** Distinct outlet names of a story's articles, in article order; unknown outlets said so. */
export function storyOutlets(story: Story): string[] {
  return [...new Set(story.articles.map((article) => article.outlet ?? 'unknown outlet'))];
}

/** "8 Jan 2018", "22 Jan 2015 – 8 Jan 2018", or "undated" when no member has a date. */
export function storyDateSpan(story: Story): string {
  const dates = story.articles
    .map((article) => article.published?.slice(0, 10))
    .filter((date): date is string => Boolean(date))
    .sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return 'undated';
  const undated = story.articles.length - dates.length;
  const span =
    first === last
      ? formatPublished(first, 'short')
      : `${formatPublished(first, 'short')} – ${formatPublished(last, 'short')}`;
  return undated > 0 ? `${span} (+${undated} undated)` : span;
}
