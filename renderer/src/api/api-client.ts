/**
 * The renderer's typed view of the contract. Components get an `ApiClient` from `useApi()` and
 * never see transports, envelopes or `window` bridges.
 */
import type {
  EventName,
  EventPayload,
  Input,
  Method,
  Output,
} from '../../../shared/api/contract.ts';
import type { ApiError, Envelope } from '../../../shared/api/envelope.ts';

export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

/** What a transport (IPC or HTTP) must provide: raw envelopes and event subscriptions. */
export interface Transport {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  /** Called after the event stream reconnected, so views can refetch what they may have missed. */
  onReconnect?(listener: () => void): () => void;
}

export interface ApiClient {
  /** Calls a contract method; resolves with its value or rejects with an `ApiCallError`. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Subscribes to a contract event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  onReconnect(listener: () => void): () => void;
}

/** A call that came back as `{ok:false}` (or never arrived); carries the envelope's error. */
export class ApiCallError extends Error {
  readonly error: ApiError;
  readonly method: Method;

  constructor(method: Method, error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.error = error;
    this.method = method;
  }

  get code(): ApiError['code'] {
    return this.error.code;
  }
}

/** Turns any thrown value into the message a user should read. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) {
    return error.error.ref ? `${error.message} (reference ${error.error.ref})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const envelope = await transport.invoke(method, input);
      if (!envelope.ok) throw new ApiCallError(method, envelope.error);
      return envelope.value;
    },
    on: (event, listener) => transport.on(event, listener),
    onReconnect: (listener) => transport.onReconnect?.(listener) ?? (() => undefined),
  };
}
