/**
 * What each area's handlers get from the backend: the open library, its repository, the lexicons
 * in force, and the event emitter. Areas build their handlers from it (see backend.ts).
 */
import type { EventName, EventPayload, Method } from '../../shared/api/contract.ts';
import type { ArticlesRepo } from './articles-repo.ts';
import type { Database } from './db/database.ts';
import type { Handlers } from './handle-call.ts';
import type { LexiconStore } from './lexicon-store.ts';

export interface HandlerContext {
  db: Database;
  repo: ArticlesRepo;
  lexicons: LexiconStore;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/** The handlers of some of the contract's methods. */
export type HandlersOf<M extends Method> = Pick<Handlers, M>;
