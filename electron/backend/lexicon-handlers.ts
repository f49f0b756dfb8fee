/** Handlers of the lexicon editor's methods (shared/api/lexicon-methods.ts). */
import type { lexiconMethods } from '../../shared/api/lexicon-methods.ts';
import type { HandlerContext, HandlersOf } from './handler-context.ts';

export function createLexiconHandlers(
  _ctx: HandlerContext,
): HandlersOf<keyof typeof lexiconMethods> {
  return {};
}
