/**
 * An in-memory `ApiClient` for component tests: answers calls from handlers, records them, and
 * lets a test emit contract events.
 */
import type {
  EventName,
  EventPayload,
  Input,
  Method,
  Output,
} from '../../../shared/api/contract.ts';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { ApiCallError, type ApiClient } from '../api/api-client.ts';
import type { ErrorCode } from '../../../shared/api/envelope.ts';

type Handlers = { [M in Method]?: (input: Input<M>) => Output<M> | Promise<Output<M>> };

export interface FakeApi extends ApiClient {
  calls: { method: Method; input: unknown }[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export function fakeFailure(method: Method, code: ErrorCode, message: string): ApiCallError {
  return new ApiCallError(method, { code, message });
}

export function createFakeApi(handlers: Handlers): FakeApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: { method: Method; input: unknown }[] = [];
  return {
    calls,
    async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
      calls.push({ method, input });
      const handler = handlers[method] as
        ((input: Input<M>) => Output<M> | Promise<Output<M>>) | undefined;
      if (!handler) throw fakeFailure(method, 'unsupported', `no fake for ${method}`);
      return handler(input);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const anyListener = listener as (payload: unknown) => void;
      set.add(anyListener);
      return () => set.delete(anyListener);
    },
    onReconnect: () => () => undefined,
    emit(event, payload) {
      listeners.get(event)?.forEach((listener) => listener(payload));
    },
  };
}

let counter = 0;

/** A plausible article record; override what the test cares about. */
export function makeArticle(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  counter += 1;
  return {
    id: `a${counter}`,
    file: `article-${counter}.txt`,
    url: null,
    title: `Article ${counter}`,
    outlet: 'Reuters',
    language: 'en',
    published: '2018-01-08',
    publishedSource: '8 January 2018',
    publishedConfidence: 0.9,
    bodyLines: [3],
    captions: [],
    credits: [],
    keywords: [],
    wordCount: 420,
    length: 2400,
    format: 'txt',
    encoding: 'utf-8',
    importedAt: '2024-01-01T00:00:00Z',
    editedFields: [],
    ...overrides,
  };
}
