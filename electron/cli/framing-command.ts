/** `parallax framing <article-id>...`: the framing cues of 1–6 articles. */
import { createArticlesRepo } from '../backend/articles-repo.ts';
import { analyzeFraming } from '../backend/framing-service.ts';
import { createLexiconStore } from '../backend/lexicon-store.ts';
import type { Command } from './command.ts';

export const framingCommand: Command = {
  usage: 'framing <article-id>... [--db <file>] [--json]',
  check: (args) =>
    args.length >= 1 && args.length <= 6 ? null : 'framing takes 1 to 6 article ids',
  run({ args, db, io, options }) {
    const cues = analyzeFraming(createArticlesRepo(db), args, createLexiconStore(db).current());
    if (options.json) {
      io.out(JSON.stringify(cues, null, 2));
      return 0;
    }
    let current = '';
    for (const cue of cues) {
      if (cue.article !== current) {
        current = cue.article;
        io.out(`\n${current}`);
      }
      const text = cue.text.length > 70 ? `${cue.text.slice(0, 69)}…` : cue.text;
      io.out(
        `  ${cue.kind.padEnd(15)} ${String(cue.start).padStart(5)}  “${text}” — ${cue.detail}`,
      );
    }
    return 0;
  },
};
