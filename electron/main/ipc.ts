/**
 * The only place the main process touches `ipcMain`: one `handle` per contract method, each
 * checking who calls before passing the input to the backend, and the backend's events forwarded
 * to our windows. Channel names come from `shared/api/transport.ts`.
 */
import { randomUUID } from 'node:crypto';
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { methodNames } from '../../shared/api/contract.ts';
import { fail, type Envelope } from '../../shared/api/envelope.ts';
import { ipcEventChannel, ipcMethodChannel, type EventFrame } from '../../shared/api/transport.ts';
import type { Backend } from '../backend/backend.ts';
import { isAppUrl, isTrustedSender, type SenderInfo } from './security.ts';

/** What `registerIpc` needs from the backend: calls and events, nothing else. */
export type IpcBackend = Pick<Backend, 'handle' | 'onEvent'>;

export interface IpcOptions {
  backend: IpcBackend;
  /** True for the webContents of a window made by our factory. */
  isOurWebContents: (webContentsId: number) => boolean;
  /** Where backend events go: the webContents of our open windows. */
  eventTargets: () => WebContents[];
}

/** Reads the sender of an IPC call; null when its frame is already gone. */
export function describeSender(event: IpcMainInvokeEvent): SenderInfo | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return null;
    return {
      frameUrl: frame.url,
      isMainFrame: frame.parent === null,
      webContentsId: event.sender.id,
    };
  } catch {
    // Accessing a frame that was destroyed during the call throws: treat it as no sender.
    return null;
  }
}

/** Runs one contract call for a checked sender; never throws, always answers an envelope. */
export async function handleInvoke(
  options: Pick<IpcOptions, 'backend' | 'isOurWebContents'>,
  method: string,
  sender: SenderInfo | null,
  input: unknown,
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(sender, options.isOurWebContents)) {
    console.warn(`[parallax] refused ${method} from ${sender?.frameUrl ?? 'a detached frame'}`);
    return fail('unsupported', 'calls are accepted only from the Parallax window');
  }
  try {
    return await options.backend.handle(method, input);
  } catch (error) {
    // The backend promises never to throw; if it does anyway, log once and answer a value.
    const ref = randomUUID();
    console.error(`[parallax] ${method} failed (ref ${ref})`, error);
    return fail('internal', 'unexpected error in the main process', ref);
  }
}

/**
 * Registers a handler for every method of the contract and forwards backend events to our
 * windows as `{ event, payload }` frames. Returns a function that undoes both.
 */
export function registerIpc(options: IpcOptions): () => void {
  for (const method of methodNames) {
    ipcMain.handle(ipcMethodChannel(method), (event, input: unknown) =>
      handleInvoke(options, method, describeSender(event), input),
    );
  }
  const unsubscribe = options.backend.onEvent((event, payload) => {
    const frame: EventFrame = { event, payload };
    for (const contents of options.eventTargets()) {
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) {
        contents.send(ipcEventChannel, frame);
      }
    }
  });
  return () => {
    unsubscribe();
    for (const method of methodNames) ipcMain.removeHandler(ipcMethodChannel(method));
  };
}
