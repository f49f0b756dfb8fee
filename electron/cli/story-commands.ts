/** `parallax stories` and `parallax compare`. */
import { createArticlesRepo } from '../backend/articles-repo.ts';
import { compareArticles } from '../backend/compare-service.ts';
import { createStoriesService, type StoriesService } from '../backend/stories-service.ts';
import { UsageError, type Command } from './command.ts';
import { formatTable } from './format.ts';

const storiesUsage = `stories [--granularity event|topic] [--db <file>] [--json]
  parallax stories rename <story-id> <title...>
  parallax stories move <article-id> <story-id|new>
  parallax stories merge <story-id> <story-id>...
  parallax stories split <story-id> <article-id>...`;

/** `stories rename|move|merge|split ...`: the same edits as the Stories view, kept on regrouping. */
function editStories(service: StoriesService, [verb, ...rest]: string[]): boolean {
  const need = (count: number) => {
    if (rest.length < count) throw new UsageError(`stories ${verb} needs more arguments`);
  };
  if (verb === 'rename') {
    need(2);
    service.rename(rest[0]!, rest.slice(1).join(' '));
  } else if (verb === 'move') {
    need(2);
    service.move(rest[0]!, rest[1] === 'new' ? null : rest[1]!);
  } else if (verb === 'merge') {
    need(2);
    service.merge(rest);
  } else if (verb === 'split') {
    need(2);
    service.split(rest[0]!, rest.slice(1));
  } else if (verb !== undefined) {
    throw new UsageError(`unknown stories action "${verb}"; use rename, move, merge or split`);
  }
  return verb !== undefined;
}

export const storiesCommand: Command = {
  usage: storiesUsage,
  run({ args, db, io, options }) {
    const service = createStoriesService(db);
    const wanted = options.granularity;
    if (wanted !== undefined) {
      if (wanted !== 'event' && wanted !== 'topic') {
        throw new UsageError(`--granularity must be event or topic, got "${wanted}"`);
      }
      service.setGranularity(wanted);
    }
    const edited = editStories(service, args);
    const stories = service.list();
    if (options.json) {
      io.out(
        JSON.stringify(
          stories.map(({ id, title, articles }) => ({ id, title, articles })),
          null,
          2,
        ),
      );
      return 0;
    }
    if (edited) io.out('Done.');
    io.out(
      formatTable(
        ['Story', 'Articles', 'Title'],
        stories.map((s) => [s.id, String(s.articles.length), s.title]),
      ),
    );
    return 0;
  },
};

export const compareCommand: Command = {
  usage: 'compare <article-id>... [--story <id>] [--pivot <article-id>] [--db <file>] [--json]',
  run({ args, db, io, options }) {
    let ids = args;
    if (options.story) {
      const story = createStoriesService(db)
        .list()
        .find((s) => s.id === options.story);
      if (!story) throw new UsageError(`no story with id "${options.story}"`);
      ids = [...story.articles.slice(0, 6), ...args];
    }
    const result = compareArticles(createArticlesRepo(db), ids, options.pivot);
    const passagesOf = new Map(result.articles.map((a) => [a.article.id, a.passages]));
    const rows = result.rows.map((row) => ({
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([id, indices]) => [
          id,
          indices.map((i) => {
            const p = passagesOf.get(id)?.[i];
            return { start: p?.start ?? 0, end: p?.end ?? 0, text: p?.text ?? '' };
          }),
        ]),
      ),
      score: Math.round(row.score * 1000) / 1000,
      reasons: row.reasons,
    }));
    if (options.json) {
      io.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    const names = result.articles.map((a) => `${a.article.outlet ?? a.article.id}`);
    for (const [i, row] of rows.entries()) {
      io.out(`— row ${i + 1}${row.score ? ` (score ${row.score})` : ' (only in one article)'}`);
      result.articles.forEach((a, column) => {
        const cell = row.cells[a.article.id] ?? [];
        if (cell.length) io.out(`  ${names[column]}: ${cell.map((c) => c.text).join(' ')}`);
      });
    }
    return 0;
  },
};
