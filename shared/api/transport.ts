/**
 * Wire conventions shared by the hosts and the renderer's transports.
 *
 * HTTP host: `POST /api/<method>` with the JSON input as body answers an envelope as JSON (always
 * status 200 once the request was understood). Events arrive on the WebSocket `/events` as
 * `{ "event": <name>, "payload": <payload> }` text frames.
 *
 * Electron: the preload exposes `window.parallax.invoke(method, input)` resolving to an envelope and
 * `window.parallax.on(event, listener)` returning an unsubscribe function; the IPC channel names are
 * `api:<method>` and `event:<name>`.
 */
import type { Envelope } from './envelope.ts';
import type { EventName, EventPayload, Input, Method, Output } from './contract.ts';

export const httpApiPrefix = '/api/';
export const eventsPath = '/events';
export const ipcMethodChannel = (method: string): string => `api:${method}`;
export const ipcEventChannel = 'parallax:event';

/** The bridge the preload script exposes on `window.parallax`. */
export interface PreloadBridge {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export interface EventFrame {
  event: EventName;
  payload: unknown;
}
