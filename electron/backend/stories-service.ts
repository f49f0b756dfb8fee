/**
 * Stories: the automatic grouping of the library (shared/stories) kept in `story_members`, redone
 * when the library revision has moved on, with the user's decisions (renames, moves, merges,
 * splits) stored apart so that regrouping never undoes them.
 */
import { z } from 'zod';
import {
  groupStories,
  type Granularity,
  type StoryDecisions,
} from '../../shared/stories/group-stories.ts';
import { ApiFailure } from '../../shared/api/envelope.ts';
import { getSetting, setSetting, transaction, type Database } from './db/database.ts';

const decisionsSchema = z.object({
  pins: z.array(z.object({ articleId: z.string(), storyId: z.string() })).default([]),
  together: z.array(z.array(z.string())).default([]),
  apart: z.array(z.tuple([z.array(z.string()), z.array(z.string())])).default([]),
  titles: z.record(z.string(), z.string()).default({}),
});
type Decisions = z.infer<typeof decisionsSchema>;

export interface StoryGroup {
  id: string;
  title: string;
  articles: string[];
}

interface ArticleForGrouping {
  id: string;
  language: string | null;
  title: string;
  published: string | null;
  body: string;
}

export function createStoriesService(db: Database) {
  const readDecisions = (): Decisions =>
    decisionsSchema.parse(JSON.parse(getSetting(db, 'stories.decisions') ?? '{}'));
  const granularity = (): Granularity =>
    getSetting(db, 'stories.granularity') === 'topic' ? 'topic' : 'event';
  /** Edits and deletions bump 'library.revision'; imports show in the count and the last rowid. */
  const revision = () => {
    const added = db.prepare('SELECT count(*) AS n, max(rowid) AS last FROM articles').get() as {
      n: number;
      last: number | null;
    };
    return `${getSetting(db, 'library.revision') ?? '0'}.${added.n}.${added.last ?? 0}`;
  };
  const stamp = () => `${revision()}|${granularity()}|${getSetting(db, 'stories.decisions') ?? ''}`;

  function regroup(): void {
    const articles = db
      .prepare('SELECT id, language, title, published, body FROM articles ORDER BY imported_at, id')
      .all() as unknown as ArticleForGrouping[];
    const stories = groupStories(
      articles.map((a) => ({ ...a, language: a.language ?? 'en' })),
      { granularity: granularity(), decisions: readDecisions() as StoryDecisions },
    );
    transaction(db, () => {
      db.exec('DELETE FROM story_members');
      const insert = db.prepare(
        'INSERT INTO story_members (article_id, story_id, story_title) VALUES (?, ?, ?)',
      );
      for (const story of stories) {
        for (const id of story.articles) insert.run(id, story.id, story.title);
      }
      setSetting(db, 'stories.groupedAt', stamp());
    });
  }

  function list(): StoryGroup[] {
    if (getSetting(db, 'stories.groupedAt') !== stamp()) regroup();
    const rows = db
      .prepare(
        `SELECT m.story_id, m.story_title, m.article_id FROM story_members m
         JOIN articles a ON a.id = m.article_id ORDER BY m.story_id, a.published, a.id`,
      )
      .all() as unknown as { story_id: string; story_title: string; article_id: string }[];
    const byId = new Map<string, StoryGroup>();
    for (const row of rows) {
      const story = byId.get(row.story_id) ?? {
        id: row.story_id,
        title: row.story_title,
        articles: [],
      };
      story.articles.push(row.article_id);
      byId.set(row.story_id, story);
    }
    return [...byId.values()].sort(
      (a, b) => b.articles.length - a.articles.length || a.title.localeCompare(b.title),
    );
  }

  function members(storyId: string): string[] {
    const story = list().find((s) => s.id === storyId);
    if (!story) throw new ApiFailure('not_found', `no story with id "${storyId}"`);
    return story.articles;
  }

  function save(update: (d: Decisions) => void): void {
    const decisions = readDecisions();
    update(decisions);
    transaction(db, () => setSetting(db, 'stories.decisions', JSON.stringify(decisions)));
  }

  /** Drops earlier decisions that the new one contradicts for these articles. */
  const forget = (d: Decisions, ids: Set<string>) => {
    d.pins = d.pins.filter((p) => !ids.has(p.articleId));
    d.together = d.together.map((g) => g.filter((id) => !ids.has(id))).filter((g) => g.length > 1);
    d.apart = d.apart.filter(
      ([a, b]) => !a.some((id) => ids.has(id)) && !b.some((id) => ids.has(id)),
    );
  };

  return {
    list,
    granularity,
    setGranularity(value: Granularity): void {
      transaction(db, () => setSetting(db, 'stories.granularity', value));
    },
    /** A rename pins the members to the story's id so the title stays with them. */
    rename(storyId: string, title: string): void {
      const ids = members(storyId);
      save((d) => {
        d.pins = [
          ...d.pins.filter((p) => !ids.includes(p.articleId)),
          ...ids.map((articleId) => ({ articleId, storyId })),
        ];
        d.titles[storyId] = title;
      });
    },
    /** Moves an article into another story, or into a story of its own when `toStoryId` is null. */
    move(articleId: string, toStoryId: string | null): void {
      const from = list().find((s) => s.articles.includes(articleId));
      if (!from) throw new ApiFailure('not_found', `no article with id "${articleId}"`);
      const target = toStoryId ? members(toStoryId) : [];
      save((d) => {
        forget(d, new Set([articleId]));
        const rest = from.articles.filter((id) => id !== articleId);
        if (rest.length) d.apart.push([[articleId], rest]);
        if (target.length) d.together.push([articleId, ...target]);
      });
    },
    merge(storyIds: string[]): void {
      const ids = storyIds.flatMap((id) => members(id));
      save((d) => {
        forget(d, new Set(ids));
        d.together.push(ids);
      });
    },
    /** Splits the given articles off their story into a story of their own. */
    split(storyId: string, articleIds: string[]): void {
      const all = members(storyId);
      const off = articleIds.filter((id) => all.includes(id));
      const rest = all.filter((id) => !off.includes(id));
      if (!off.length || !rest.length) {
        throw new ApiFailure(
          'invalid_input',
          "a split needs some, but not all, of the story's articles",
        );
      }
      save((d) => {
        const title = d.titles[storyId];
        forget(d, new Set(all));
        d.together.push(off, rest);
        d.apart.push([off, rest]);
        // A renamed story keeps its id, and so its title, for the articles that stay in it.
        if (title) d.pins.push(...rest.map((articleId) => ({ articleId, storyId })));
      });
    },
  };
}

export type StoriesService = ReturnType<typeof createStoriesService>;
