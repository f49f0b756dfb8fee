import { describe, expect, it } from 'vitest';
import { createApiClient, ApiCallError } from './api-client.ts';
import { createHttpTransport } from './http-transport.ts';
import { nextBackoffMs } from './backoff.ts';

class FakeSocket {
  static instances: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeSocket.instances.push(this);
  }
}

function setup(reply: unknown) {
  FakeSocket.instances = [];
  const requests: { url: string; body: unknown }[] = [];
  const timers: (() => void)[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    requests.push({ url, body: JSON.parse(String(init.body)) });
    return new Response(JSON.stringify(reply));
  }) as typeof fetch;
  const transport = createHttpTransport({
    origin: 'http://127.0.0.1:5177',
    fetchImpl,
    createSocket: (url) => new FakeSocket(url) as unknown as WebSocket,
    setTimer: (callback) => timers.push(callback),
  });
  return { client: createApiClient(transport), requests, timers };
}

describe('HTTP transport', () => {
  it('posts the input to /api/<method> and unwraps the envelope', async () => {
    const { client, requests } = setup({ ok: true, value: { cancelled: true } });
    await expect(client.call('imports.cancel', { jobId: 'j1' })).resolves.toEqual({
      cancelled: true,
    });
    expect(requests).toEqual([
      { url: 'http://127.0.0.1:5177/api/imports.cancel', body: { jobId: 'j1' } },
    ]);
  });

  it('throws the envelope error as an ApiCallError', async () => {
    const { client } = setup({ ok: false, error: { code: 'not_found', message: 'no article a9' } });
    const failure = await client
      .call('articles.get', { id: 'a9' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect((failure as ApiCallError).code).toBe('not_found');
    expect((failure as ApiCallError).message).toBe('no article a9');
  });

  it('delivers valid event frames and drops malformed ones', () => {
    const { client } = setup(null);
    const seen: unknown[] = [];
    client.on('library.changed', (payload) => seen.push(payload));
    const socket = FakeSocket.instances[0];
    expect(socket?.url).toBe('ws://127.0.0.1:5177/events');
    socket?.onmessage?.({
      data: JSON.stringify({ event: 'library.changed', payload: { reason: 'import' } }),
    });
    socket?.onmessage?.({
      data: JSON.stringify({ event: 'library.changed', payload: { nope: 1 } }),
    });
    socket?.onmessage?.({ data: 'not json' });
    expect(seen).toEqual([{ reason: 'import' }]);
  });

  it('reconnects after the socket closes and tells listeners it did', () => {
    const { client, timers } = setup(null);
    let reconnects = 0;
    client.on('import.progressed', () => undefined);
    client.onReconnect(() => (reconnects += 1));
    FakeSocket.instances[0]?.onopen?.();
    FakeSocket.instances[0]?.onclose?.();
    expect(timers).toHaveLength(1);
    timers[0]?.();
    FakeSocket.instances[1]?.onopen?.();
    expect(reconnects).toBe(1);
  });

  it('backs off exponentially up to ten seconds', () => {
    expect(nextBackoffMs(1, 1)).toBe(250);
    expect(nextBackoffMs(3, 1)).toBe(1000);
    expect(nextBackoffMs(30, 1)).toBe(10_000);
    expect(nextBackoffMs(30, 0)).toBe(5000);
  });
});
