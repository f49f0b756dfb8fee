import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/api/contract.ts';
import { ok, type Envelope } from '../../shared/api/envelope.ts';
import { ipcEventChannel, ipcMethodChannel } from '../../shared/api/transport.ts';
import type { SenderInfo } from './security.ts';

type Handler = (event: unknown, input: unknown) => Promise<Envelope<unknown>>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, unknown>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, handler: unknown) => handlers.set(channel, handler)),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
  };
});
vi.mock('electron', () => electron);

const { describeSender, handleInvoke, registerIpc } = await import('./ipc.ts');

type EventListener = (event: 'library.changed', payload: unknown) => void;

function fakeBackend() {
  const listeners = new Set<EventListener>();
  return {
    handle: vi.fn((method: string, input: unknown) => Promise.resolve(ok({ method, input }))),
    onEvent: vi.fn((listener: EventListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    emit: (payload: unknown) => listeners.forEach((l) => l('library.changed', payload)),
    listenerCount: () => listeners.size,
  };
}

function fakeEvent(url: string | null, options: { id?: number; subframe?: boolean } = {}) {
  return {
    sender: { id: options.id ?? 1 },
    senderFrame: url === null ? null : { url, parent: options.subframe ? {} : null },
  };
}

const trusted: SenderInfo = {
  frameUrl: 'app://parallax/index.html',
  isMainFrame: true,
  webContentsId: 1,
};
const isOurs = (id: number) => id === 1;

beforeEach(() => {
  electron.handlers.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('describeSender', () => {
  it('reads the frame URL, whether it is the top frame and the webContents id', () => {
    expect(describeSender(fakeEvent('app://parallax/', { id: 3 }) as never)).toEqual({
      frameUrl: 'app://parallax/',
      isMainFrame: true,
      webContentsId: 3,
    });
    expect(
      describeSender(fakeEvent('app://parallax/', { subframe: true }) as never)?.isMainFrame,
    ).toBe(false);
  });

  it('is null when the frame is gone or throws on access', () => {
    expect(describeSender(fakeEvent(null) as never)).toBeNull();
    const destroyed = {
      sender: { id: 1 },
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(describeSender(destroyed as never)).toBeNull();
  });
});

describe('handleInvoke', () => {
  it('passes calls from our window to the backend', async () => {
    const backend = fakeBackend();
    const reply = await handleInvoke(
      { backend, isOurWebContents: isOurs },
      'articles.list',
      trusted,
      { limit: 5 },
    );
    expect(reply).toEqual(ok({ method: 'articles.list', input: { limit: 5 } }));
  });

  it('answers an error envelope to any other sender without calling the backend', async () => {
    const backend = fakeBackend();
    const senders: (SenderInfo | null)[] = [
      { ...trusted, frameUrl: 'https://example.com/' },
      { ...trusted, isMainFrame: false },
      { ...trusted, webContentsId: 2 },
      null,
    ];
    for (const sender of senders) {
      const reply = await handleInvoke(
        { backend, isOurWebContents: isOurs },
        'library.getInfo',
        sender,
        {},
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    }
    expect(backend.handle).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into an internal error with a reference id', async () => {
    const backend = { ...fakeBackend(), handle: vi.fn(() => Promise.reject(new Error('boom'))) };
    const reply = await handleInvoke(
      { backend, isOurWebContents: isOurs },
      'library.getInfo',
      trusted,
      {},
    );
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'internal', ref: expect.any(String) },
    });
  });
});

describe('registerIpc', () => {
  it('handles exactly the contract methods on their channels', () => {
    registerIpc({ backend: fakeBackend(), isOurWebContents: isOurs, eventTargets: () => [] });
    expect([...electron.handlers.keys()].sort()).toEqual(methodNames.map(ipcMethodChannel).sort());
  });

  it('checks the sender of each call', async () => {
    const backend = fakeBackend();
    registerIpc({ backend, isOurWebContents: isOurs, eventTargets: () => [] });
    const handler = electron.handlers.get(ipcMethodChannel('library.getInfo')) as Handler;
    expect((await handler(fakeEvent('app://parallax/index.html'), {})).ok).toBe(true);
    expect((await handler(fakeEvent('https://example.com/'), {})).ok).toBe(false);
    expect(backend.handle).toHaveBeenCalledTimes(1);
  });

  it('forwards backend events as frames to live app pages only', () => {
    const backend = fakeBackend();
    const target = (url: string, destroyed = false) => ({
      isDestroyed: () => destroyed,
      getURL: () => url,
      send: vi.fn(),
    });
    const app = target('app://parallax/index.html');
    const foreign = target('https://example.com/');
    const gone = target('app://parallax/index.html', true);
    registerIpc({
      backend,
      isOurWebContents: isOurs,
      eventTargets: () => [app, foreign, gone] as never,
    });
    backend.emit({ reason: 'import' });
    expect(app.send).toHaveBeenCalledWith(ipcEventChannel, {
      event: 'library.changed',
      payload: { reason: 'import' },
    });
    expect(foreign.send).not.toHaveBeenCalled();
    expect(gone.send).not.toHaveBeenCalled();
  });

  it('undoes handlers and the event subscription when disposed', () => {
    const backend = fakeBackend();
    const dispose = registerIpc({ backend, isOurWebContents: isOurs, eventTargets: () => [] });
    dispose();
    expect(electron.handlers.size).toBe(0);
    expect(backend.listenerCount()).toBe(0);
  });
});
