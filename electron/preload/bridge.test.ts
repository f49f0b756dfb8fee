import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/api/envelope.ts';
import { ipcEventChannel } from '../../shared/api/transport.ts';
import { createBridge, type BridgeIpc } from './bridge.ts';

type FrameListener = (event: unknown, frame: unknown) => void;

function fakeIpc() {
  const listeners = new Set<FrameListener>();
  const ipc = {
    invoke: vi.fn(() => Promise.resolve(ok({ articleCount: 5 }))),
    on: vi.fn((_channel: string, listener: FrameListener) => {
      listeners.add(listener);
      return ipc;
    }),
    removeListener: vi.fn((_channel: string, listener: FrameListener) => {
      listeners.delete(listener);
      return ipc;
    }),
  };
  const send = (frame: unknown) => listeners.forEach((l) => l({ sender: 'ipc internals' }, frame));
  return { ipc, send, listenerCount: () => listeners.size };
}

describe('createBridge', () => {
  it('exposes invoke and on, nothing else', () => {
    const bridge = createBridge(fakeIpc().ipc as unknown as BridgeIpc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('invokes contract methods on their channel', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as unknown as BridgeIpc);
    await expect(bridge.invoke('library.getInfo', {})).resolves.toEqual(ok({ articleCount: 5 }));
    expect(ipc.invoke).toHaveBeenCalledWith('api:library.getInfo', {});
  });

  it('answers an error envelope for names outside the contract, without IPC', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as unknown as BridgeIpc);
    const invoke = bridge.invoke as (method: string, input: unknown) => Promise<unknown>;
    for (const name of ['shell.openExternal', 'constructor', '__proto__', 'toString']) {
      await expect(invoke(name, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('delivers only the payload of the subscribed event, never the IPC event', () => {
    const { ipc, send } = fakeIpc();
    const bridge = createBridge(ipc as unknown as BridgeIpc);
    const listener = vi.fn();
    bridge.on('library.changed', listener);
    send({ event: 'import.finished', payload: { jobId: 'j' } });
    send({ event: 'library.changed', payload: { reason: 'import' } });
    send('garbage');
    expect(ipc.on).toHaveBeenCalledWith(ipcEventChannel, expect.any(Function));
    expect(listener.mock.calls).toEqual([[{ reason: 'import' }]]);
  });

  it('stops delivering after unsubscribe', () => {
    const { ipc, send, listenerCount } = fakeIpc();
    const bridge = createBridge(ipc as unknown as BridgeIpc);
    const listener = vi.fn();
    const unsubscribe = bridge.on('library.changed', listener);
    unsubscribe();
    send({ event: 'library.changed', payload: { reason: 'x' } });
    expect(listener).not.toHaveBeenCalled();
    expect(listenerCount()).toBe(0);
  });

  it('refuses unknown events and non-function listeners', () => {
    const bridge = createBridge(fakeIpc().ipc as unknown as BridgeIpc);
    const on = bridge.on as (event: string, listener: unknown) => unknown;
    expect(() => on('shell.opened', () => undefined)).toThrow(TypeError);
    expect(() => on('library.changed', 'not a function')).toThrow(TypeError);
  });
});
