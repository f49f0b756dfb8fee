/**
 * Electron transport: the preload script exposes `window.parallax` (see shared/api/transport.ts).
 * This module is the only place in the renderer that touches that global.
 */
import type { PreloadBridge } from '../../../shared/api/transport.ts';
import type { Transport } from './api-client.ts';

declare global {
  interface Window {
    /** Present only inside the Electron window; derived from the contract, never hand-written. */
    parallax?: PreloadBridge;
  }
}

export function findPreloadBridge(): PreloadBridge | null {
  return typeof window !== 'undefined' && window.parallax ? window.parallax : null;
}

export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input),
    on: (event, listener) => bridge.on(event, listener),
  };
}
