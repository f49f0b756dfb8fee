/**
 * Browser transport for the HTTP host (e2e tests, browser mode): `POST /api/<method>` answers an
 * envelope; events arrive as JSON frames on the `/events` WebSocket, which reconnects with backoff.
 * This module is the only place in the renderer that calls `fetch` or opens a WebSocket.
 */
import {
  events,
  type EventName,
  type Input,
  type Method,
  type Output,
} from '../../../shared/api/contract.ts';
import { isEnvelope, type ApiError, type Envelope } from '../../../shared/api/envelope.ts';
import { eventsPath, httpApiPrefix } from '../../../shared/api/transport.ts';
import type { Transport } from './api-client.ts';
import { nextBackoffMs } from './backoff.ts';

export interface HttpTransportOptions {
  /** Origin of the host, e.g. `http://127.0.0.1:4780`; defaults to the page's own origin. */
  origin: string;
  fetchImpl?: typeof fetch;
  createSocket?: (url: string) => WebSocket;
  setTimer?: (callback: () => void, delayMs: number) => unknown;
}

type AnyListener = (payload: unknown) => void;

function failure(message: string): Envelope<never> {
  const error: ApiError = { code: 'internal', message };
  return { ok: false, error };
}

async function postEnvelope(fetchImpl: typeof fetch, url: string, input: unknown) {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(`Cannot reach the Parallax backend (${detail}).`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // A non-JSON reply means a proxy or a crashed host answered, not the contract.
    return failure(`The backend sent an unreadable reply (HTTP ${response.status}).`);
  }
  return isEnvelope(body)
    ? body
    : failure(`The backend sent an unexpected reply (HTTP ${response.status}).`);
}

/** Parses one `/events` frame; ignores frames that do not match the contract. */
function parseFrame(data: unknown): { event: EventName; payload: unknown } | null {
  if (typeof data !== 'string') return null;
  let frame: unknown;
  try {
    frame = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof frame !== 'object' || frame === null) return null;
  const { event, payload } = frame as { event?: unknown; payload?: unknown };
  if (typeof event !== 'string' || !Object.hasOwn(events, event)) return null;
  const parsed = events[event as EventName].safeParse(payload);
  return parsed.success ? { event: event as EventName, payload: parsed.data } : null;
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url));
  const setTimer = options.setTimer ?? ((callback, delayMs) => setTimeout(callback, delayMs));
  const socketUrl = options.origin.replace(/^http/, 'ws') + eventsPath;
  const listeners = new Map<EventName, Set<AnyListener>>();
  const reconnectListeners = new Set<() => void>();
  let socket: WebSocket | null = null;
  let failedAttempts = 0;
  let hasConnectedBefore = false;

  function connect(): void {
    const current = createSocket(socketUrl);
    socket = current;
    current.onopen = () => {
      failedAttempts = 0;
      if (hasConnectedBefore) reconnectListeners.forEach((listener) => listener());
      hasConnectedBefore = true;
    };
    current.onmessage = (message: MessageEvent) => {
      const frame = parseFrame(message.data);
      if (frame) listeners.get(frame.event)?.forEach((listener) => listener(frame.payload));
    };
    current.onclose = () => {
      if (socket !== current) return;
      socket = null;
      failedAttempts += 1;
      setTimer(connect, nextBackoffMs(failedAttempts, Math.random()));
    };
  }

  return {
    invoke<M extends Method>(method: M, input: Input<M>) {
      const url = `${options.origin}${httpApiPrefix}${method}`;
      // The host answers the contract's envelope for this method; the renderer trusts its own backend.
      return postEnvelope(fetchImpl, url, input) as Promise<Envelope<Output<M>>>;
    },
    on(event, listener) {
      if (!socket) connect();
      const set = listeners.get(event) ?? new Set<AnyListener>();
      listeners.set(event, set);
      const anyListener = listener as AnyListener;
      set.add(anyListener);
      return () => set.delete(anyListener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
  };
}
