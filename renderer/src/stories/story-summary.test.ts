import { describe, expect, it } from 'vitest';
import { makeArticle } from '../test-support/fake-api.ts';
import { storyDateSpan, storyOutlets } from './story-summary.ts';

describe('story summary', () => {
  it('spans the dated articles and counts the undated ones', () => {
    const story = {
      id: 's',
      title: 'NATO',
      articles: [
        makeArticle({ published: '2018-01-08T19:27', outlet: 'Segodnya' }),
        makeArticle({ published: null, outlet: null }),
        makeArticle({ published: '2015-01-22', outlet: 'RT' }),
      ],
    };
    expect(storyDateSpan(story)).toBe('Jan 22, 2015 – Jan 8, 2018 (+1 undated)');
    expect(storyOutlets(story)).toEqual(['Segodnya', 'unknown outlet', 'RT']);
  });

  it('says undated when no article has a date', () => {
    expect(
      storyDateSpan({ id: 's', title: 't', articles: [makeArticle({ published: null })] }),
    ).toBe('undated');
  });
});
