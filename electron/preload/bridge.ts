/**
 * The object the preload exposes as `window.parallax`: exactly `PreloadBridge`
 * (`shared/api/transport.ts`), two functions and nothing else. The raw `ipcRenderer` and its
 * event objects never reach the page.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { eventNames, isMethod, type EventName } from '../../shared/api/contract.ts';
import { fail } from '../../shared/api/envelope.ts';
import {
  ipcEventChannel,
  ipcMethodChannel,
  type PreloadBridge,
} from '../../shared/api/transport.ts';

/** The part of `ipcRenderer` the bridge uses (a fake in tests). */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}

function isEventFrame(value: unknown): value is { event: string; payload: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { event?: unknown }).event === 'string'
  );
}

export function createBridge(ipc: BridgeIpc): PreloadBridge {
  return {
    invoke(method, input) {
      // Names outside the contract never reach the main process; the answer is still an envelope.
      if (typeof method !== 'string' || !isMethod(method)) {
        return Promise.resolve(fail('invalid_input', `unknown method "${String(method)}"`));
      }
      // The main process always answers an envelope (see `electron/main/ipc.ts`).
      return ipc.invoke(ipcMethodChannel(method), input);
    },
    on(event, listener) {
      if (!isEventName(event)) throw new TypeError(`unknown event "${String(event)}"`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const onFrame = (_ipcEvent: IpcRendererEvent, frame: unknown) => {
        if (isEventFrame(frame) && frame.event === event) {
          listener(frame.payload as Parameters<typeof listener>[0]);
        }
      };
      ipc.on(ipcEventChannel, onFrame);
      return () => {
        ipc.removeListener(ipcEventChannel, onFrame);
      };
    },
  };
}
