/**
 * The one BrowserWindow factory and the hardening every webContents and the session get. The
 * settings follow Electron's security checklist; each is an invariant with a test
 * (`window.test.ts`, `security.test.ts`).
 */
import {
  BrowserWindow,
  shell,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import {
  appEntryUrl,
  contentSecurityPolicy,
  externalUrl,
  isAppUrl,
  isPermissionAllowed,
} from './security.ts';

/** The webPreferences of every window: sandboxed, isolated, no Node, no webview. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

function logDenied(what: string, url: string): void {
  console.warn(`[parallax] denied ${what}: ${url}`);
}

/**
 * Applied to every webContents the app creates (main calls it from `web-contents-created`):
 * navigation away from the app is refused, new windows are refused (http(s) links open in the
 * user's browser instead) and `<webview>` can never attach.
 */
export function hardenWebContents(contents: WebContents): void {
  const denyForeignNavigation = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    logDenied('navigation', url);
  };
  contents.on('will-navigate', (event) => denyForeignNavigation(event, event.url));
  contents.on('will-redirect', (event) => denyForeignNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrl(url);
    if (external) {
      shell.openExternal(external).catch((error: unknown) => {
        console.error(`[parallax] could not open ${external}`, error);
      });
    } else {
      logDenied('new window', url);
    }
    return { action: 'deny' };
  });
}

/**
 * Session-wide rules: every permission refused but plain-text clipboard writes from the app, no
 * device access, and the CSP added to every response header the network stack lets us see (the
 * `app://` handler sets it itself, see `protocol.ts`).
 */
export function hardenSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  target.setDevicePermissionHandler(() => false);
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
}

export interface MainWindowOptions {
  /** Absolute path of the bundled preload script (`dist/electron/preload.cjs`). */
  preloadPath: string;
}

/** Creates the app window and loads the renderer from `app://parallax/`. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Parallax',
    width: 1360,
    height: 880,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
