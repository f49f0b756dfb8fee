/**
 * Preload of the sandboxed window, bundled to one CommonJS file (`dist/electron/preload.cjs`)
 * because sandboxed preloads can `require` nothing but `electron`. It exposes `window.parallax`
 * and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.ts';

contextBridge.exposeInMainWorld('parallax', createBridge(ipcRenderer));
