/** Handlers of the lexicon editor's methods (shared/api/lexicon-methods.ts). */
import type { lexiconMethods } from '../../shared/api/lexicon-methods.ts';
import { compileMatcher, findAll, wordsOf } from '../../shared/framing/matcher.ts';
import { patternProblem } from '../../shared/framing/lexicons.ts';
import type { LexiconKind } from '../../shared/framing/lexicon-schema.ts';
import type { HandlerContext, HandlersOf } from './handler-context.ts';

export function createLexiconHandlers(
  ctx: HandlerContext,
): HandlersOf<keyof typeof lexiconMethods> {
  const { lexicons, emit } = ctx;
  const changed = (language: string, kind: LexiconKind, id: string | null, enabled?: boolean) =>
    emit('lexicons.changed', { language, kind, id, ...(enabled === undefined ? {} : { enabled }) });
  return {
    'lexicons.list': (filter) => lexicons.list(filter),
    'lexicons.saveEntry': ({ language, kind, mode, entry }) => {
      const row = lexicons.saveEntry(language, kind, mode, entry);
      changed(language, kind, row.id);
      return row;
    },
    'lexicons.setEnabled': ({ language, kind, id, enabled }) => {
      const row = lexicons.setEnabled(language, kind, id, enabled);
      changed(language, kind, id, enabled);
      return row;
    },
    'lexicons.resetEntry': ({ language, kind, id }) => {
      const entry = lexicons.resetEntry(language, kind, id);
      changed(language, kind, id);
      return { entry };
    },
    'lexicons.test': ({ pattern, text }) => {
      const problem = patternProblem(pattern);
      if (problem) return { problem, matches: [] };
      const hits = findAll(compileMatcher([{ pattern, value: true }]), wordsOf(text));
      const matches: Array<{ start: number; end: number; text: string }> = [];
      let lastEnd = -1;
      for (const hit of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
        if (hit.start < lastEnd || matches.length >= 200) continue;
        matches.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
        lastEnd = hit.end;
      }
      return { problem: null, matches };
    },
  };
}
