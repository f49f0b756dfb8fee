/**
 * The five seeds (ground truth: one long-running story, NATO–Russia military contacts, whose CGTN
 * and Sputnik articles cover the same 2017 Pavel–Gerasimov channel) grouped at both granularities.
 * At 'event' granularity the seeds make four stories: CGTN + Sputnik, and RT (2015), PanARMENIAN
 * (2011) and Segodnya (2018) each alone, as they report other episodes.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedArticles, seedTruth } from '../align/testing/seeds.ts';
import { groupStories } from './group-stories.ts';
import type { StoryArticle } from './group-stories.ts';

const published: Record<string, string> = {
  '002_c3c36266fd6b828a.txt': '2015-01-22',
  '004_97f0df2eef87aeec.txt': '2018-01-08T19:27',
};
const seeds: StoryArticle[] = loadSeedArticles().map((s) => ({
  id: s.id,
  language: s.language,
  title: s.title,
  published: published[s.id] ?? null,
  body: s.body,
  passages: s.passages,
}));

describe('stories of the seeds', () => {
  it('form the truth.json story at topic granularity', () => {
    const stories = groupStories(seeds, { granularity: 'topic' });
    const truth = seedTruth.stories.map((s) => [...s.files].sort());
    expect(stories.map((s) => [...s.articles].sort())).toEqual(truth);
  });

  it('put CGTN and Sputnik together at event granularity, the other episodes apart', () => {
    const stories = groupStories(seeds, { granularity: 'event' });
    const groups = stories.map((s) => s.articles.map((id) => id.slice(0, 3)).join('+'));
    expect(groups.sort()).toEqual(['000+001', '002', '003', '004']);
  });

  it('keep CGTN and Sputnik together when Sputnik is dated by its page clock (2019)', () => {
    const misdated = seeds.map((s) =>
      s.id.startsWith('001_') ? { ...s, published: '2019-10-19' } : s,
    );
    const stories = groupStories(misdated, { granularity: 'event' });
    const cgtn = stories.find((s) => s.articles.some((id) => id.startsWith('000_')));
    expect(cgtn?.articles.map((id) => id.slice(0, 3))).toEqual(['000', '001']);
  });
});
