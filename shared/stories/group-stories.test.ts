import { describe, expect, it } from 'vitest';
import { groupStories } from './group-stories.ts';
import type { Story, StoryArticle } from './group-stories.ts';

function art(id: string, published: string | null, title: string, body: string, language = 'en') {
  return { id, language, title, published, body } satisfies StoryArticle;
}

const marchCall = art(
  'march-call',
  '2017-03-03',
  'Gerasimov and Pavel hold first phone call since 2014',
  'General Petr Pavel, chairman of the NATO Military Committee, called Valery Gerasimov on Friday.\n' +
    'The two generals discussed incident prevention in the Baltic region.\n' +
    'It was the first high-level military contact since April 2014.',
);
const bakuMeeting = art(
  'baku-meeting',
  '2017-09-07',
  'Gerasimov and Pavel meet in Baku',
  'Valery Gerasimov and Petr Pavel met in Baku, Azerbaijan, on Thursday.\n' +
    'The two generals discussed the Zapad-2017 exercises and incident prevention.\n' +
    'NATO said the meeting followed their phone call in March.',
);
const wire = art(
  'ap-wire',
  '2011-10-25',
  'NATO officers brief Russian counterparts in Moscow seminar',
  'MOSCOW (AP) — Senior military officers from NATO command on Tuesday opened a four-day seminar in Moscow.\n' +
    'Russian Gen. Vladimir Yakovlev said the seminar will help narrow differences.\n' +
    'British Maj. Gen. Simon Porter said officials hope to bring the Cold War-era adversaries closer.',
);
const rewrite = art(
  'rewrite',
  '2011-10-26',
  'NATO delegation in Moscow to warm up ties',
  'A NATO delegation is visiting Moscow in a bid to warm up ties, AP reports.\n' +
    'Senior military officers from NATO command opened a four-day seminar on Tuesday.\n' +
    'Gen. Vladimir Yakovlev said such seminars help narrow differences, and Maj. Gen. Simon Porter agreed.',
);
const russianRewrite = art(
  'ru-rewrite',
  '2011-10-25',
  'Делегация НАТО прибыла в Москву',
  'Офицеры командования НАТО открыли в Москве четырехдневный семинар.\n' +
    'Генерал Владимир Яковлев заявил, что семинар поможет сократить разногласия.\n' +
    'Британский генерал Саймон Портер выразил надежду на сближение.',
  'ru',
);
const sports = art(
  'football',
  '2017-03-03',
  'Zenit beat Spartak 3-1 in the Russian Premier League',
  'Zenit Saint Petersburg beat Spartak Moscow 3-1 on Friday.\n' +
    'The striker scored twice in the second half before a crowd of 50,000 fans.',
);

// A roundup reports several events, each in a paragraph or two.
const elsewhere =
  'Parliament in Lisbon approved the budget for 2012 after a long debate.\n' +
  'Floods closed roads in northern Italy; the Po river rose by three metres.\n' +
  'The central bank of Brazil cut its key rate to 11.5 percent.';

const storyOf = (stories: Story[], id: string) => stories.find((s) => s.articles.includes(id));
const together = (stories: Story[], a: string, b: string) =>
  storyOf(stories, a) === storyOf(stories, b);
const all = [marchCall, bakuMeeting, wire, rewrite, russianRewrite, sports];

describe('groupStories', () => {
  it('keeps two meetings of the same generals months apart in two stories', () => {
    expect(together(groupStories(all), 'march-call', 'baku-meeting')).toBe(false);
  });

  it('joins them into one story at topic granularity', () => {
    const stories = groupStories(all, { granularity: 'topic' });
    expect(together(stories, 'march-call', 'baku-meeting')).toBe(true);
  });

  it('keeps a wire story with its rewrites, in English and in Russian', () => {
    const stories = groupStories(all);
    expect(together(stories, 'ap-wire', 'rewrite')).toBe(true);
    expect(together(stories, 'ap-wire', 'ru-rewrite')).toBe(true);
  });

  it('leaves an unrelated sports article alone at both granularities', () => {
    for (const granularity of ['event', 'topic'] as const) {
      expect(storyOf(groupStories(all, { granularity }), 'football')?.articles).toEqual([
        'football',
      ]);
    }
  });

  it('derives stable ids from the members, whatever the input order', () => {
    const forward = groupStories(all)
      .map((s) => s.id)
      .sort();
    const backward = groupStories([...all].reverse())
      .map((s) => s.id)
      .sort();
    expect(backward).toEqual(forward);
  });

  it('titles a story after its most central article', () => {
    expect(storyOf(groupStories(all), 'ap-wire')?.title).toMatch(/NATO/);
  });

  it('does not chain two events through a roundup that reports both', () => {
    const sameDay = (a: StoryArticle, id: string, title: string) => ({
      ...a,
      id,
      title,
      published: '2011-10-25',
    });
    const stories = groupStories([
      sameDay(bakuMeeting, 'baku-1', bakuMeeting.title),
      sameDay(bakuMeeting, 'baku-2', 'Generals meet in Baku'),
      sameDay(bakuMeeting, 'baku-3', 'Pavel and Gerasimov hold talks in Azerbaijan'),
      wire,
      rewrite,
      russianRewrite,
      sameDay(
        art(
          'roundup',
          null,
          'Week in review',
          [bakuMeeting.body, wire.body, sports.body, elsewhere].join('\n'),
        ),
        'roundup',
        'Week in review',
      ),
    ]);
    expect(together(stories, 'baku-1', 'ap-wire')).toBe(false);
  });

  it('is deterministic', () => {
    expect(groupStories(all)).toEqual(groupStories(all));
  });
});

describe('manual decisions', () => {
  it('keeps pinned articles in their story, under its id and title', () => {
    const stories = groupStories(all, {
      decisions: {
        pins: [
          { articleId: 'march-call', storyId: 'mine' },
          { articleId: 'football', storyId: 'mine' },
        ],
        titles: { mine: 'My story' },
      },
    });
    expect(storyOf(stories, 'football')).toMatchObject({ id: 'mine', title: 'My story' });
    expect(together(stories, 'march-call', 'football')).toBe(true);
  });

  it('never merges articles pinned to different stories', () => {
    const stories = groupStories(all, {
      decisions: {
        pins: [
          { articleId: 'ap-wire', storyId: 'a' },
          { articleId: 'rewrite', storyId: 'b' },
        ],
      },
    });
    expect(together(stories, 'ap-wire', 'rewrite')).toBe(false);
  });

  it('keeps a split apart when grouping runs again', () => {
    const stories = groupStories(all, {
      decisions: { apart: [[['ap-wire', 'rewrite'], ['ru-rewrite']]] },
    });
    expect(together(stories, 'ap-wire', 'rewrite')).toBe(true);
    expect(together(stories, 'ap-wire', 'ru-rewrite')).toBe(false);
  });

  it('keeps a merge together when grouping runs again', () => {
    const stories = groupStories(all, {
      decisions: { together: [['march-call', 'baku-meeting']] },
    });
    expect(together(stories, 'march-call', 'baku-meeting')).toBe(true);
  });

  it('ignores decisions about articles that are gone', () => {
    expect(() =>
      groupStories(all, { decisions: { pins: [{ articleId: 'x', storyId: 'y' }] } }),
    ).not.toThrow();
  });
});
