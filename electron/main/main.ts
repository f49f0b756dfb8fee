/**
 * Entry of the Electron main process (bundled to `dist/electron/main.cjs`, so `__dirname` is the
 * bundle's folder). Thin glue: one instance, the backend on the user-data folder, IPC, the
 * `app://` protocol, the window and the menu. All logic lives in the backend.
 */
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createBackend, type Backend } from '../backend/backend.ts';
import { appPaths, libraryDir, userDataOverride } from './app-paths.ts';
import { registerIpc } from './ipc.ts';
import { installMenu } from './menu.ts';
import { renderPdf } from './pdf.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { createMainWindow, hardenSession, hardenWebContents } from './window.ts';

const paths = appPaths({
  bundleDir: __dirname,
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
});

let backend: Backend | null = null;
let disposeIpc: (() => void) | null = null;
let isBackendClosed = false;

function ourWindows(): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter((window) => !window.isDestroyed());
}

function openWindow(): BrowserWindow {
  return createMainWindow({ preloadPath: paths.preloadPath });
}

function focusWindow(): void {
  const [window] = ourWindows();
  if (!window) {
    if (backend) openWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  handleAppProtocol(paths.rendererDir);
  const dataDir = libraryDir(process.env, app.getPath('userData'));
  backend = await createBackend({
    dataDir,
    corpusDir: paths.corpusDir,
    importWorkerUrl: pathToFileURL(paths.importWorkerPath),
    renderPdf,
  });
  disposeIpc = registerIpc({
    backend,
    isOurWebContents: (id) => ourWindows().some((window) => window.webContents.id === id),
    eventTargets: () => ourWindows().map((window) => window.webContents),
  });
  installMenu(backend, app.getName());
  openWindow();
}

function fail(error: unknown): void {
  console.error('[parallax] could not start', error);
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Parallax could not start', message);
  app.exit(1);
}

/** Closes the backend (stops import workers, closes SQLite) before the process exits. */
function closeBackendThenQuit(event: { preventDefault(): void }): void {
  if (!backend || isBackendClosed) return;
  event.preventDefault();
  const closing = backend;
  backend = null;
  disposeIpc?.();
  closing
    .close()
    .catch((error: unknown) => console.error('[parallax] closing the library failed', error))
    .finally(() => {
      isBackendClosed = true;
      app.quit();
    });
}

function main(): void {
  const userData = userDataOverride(process.env);
  if (userData) app.setPath('userData', userData);
  // Before ready: custom schemes must be known at startup; every renderer is sandboxed.
  registerAppScheme();
  app.enableSandbox();
  // The lock is per user-data folder: a second launch focuses the running window and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('activate', focusWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', closeBackendThenQuit);
  app.whenReady().then(start).catch(fail);
}

main();
