import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const created: { options: unknown; loaded: string[] }[] = [];
  class BrowserWindow {
    readonly loaded: string[] = [];
    readonly options: unknown;
    constructor(options: unknown) {
      this.options = options;
      created.push(this);
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { BrowserWindow, created, shell: { openExternal: vi.fn(() => Promise.resolve()) } };
});
vi.mock('electron', () => electron);

const { createMainWindow, hardenSession, hardenWebContents, secureWebPreferences } =
  await import('./window.ts');
const { appEntryUrl, contentSecurityPolicy } = await import('./security.ts');

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents, fire, open };
}

beforeEach(() => {
  electron.shell.openExternal.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('secureWebPreferences', () => {
  it('sandboxes and isolates the renderer, with no Node and no webview', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
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
    });
  });
});

describe('createMainWindow', () => {
  it('is the factory: secure preferences, loads the app entry', () => {
    createMainWindow({ preloadPath: '/app/preload.cjs' });
    const window = electron.created.at(-1);
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: secureWebPreferences('/app/preload.cjs'),
    });
    expect(window?.loaded).toEqual([appEntryUrl]);
  });
});

describe('hardenWebContents', () => {
  it('denies navigation away from the app', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('lets the app navigate within its own origin', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never);
    expect(fire('will-navigate', 'app://parallax/index.html')).toBe(false);
  });

  it('never lets a webview attach', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies new windows and opens http(s) links in the browser instead', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents as never);
    expect(open('https://www.reuters.com/world/')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.reuters.com/world/');
  });

  it('opens nothing for links of other schemes', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents as never);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://parallax/x']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: { onHeadersReceived: (h: never) => (handlers.headers = h) },
    };
    hardenSession(session as never);
    return handlers as Record<string, (...args: unknown[]) => unknown>;
  }

  it('refuses permission requests, even from the app', () => {
    const { request } = fakeSession();
    const callback = vi.fn();
    request?.(null, 'media', callback, { requestingUrl: appEntryUrl });
    request?.(null, 'geolocation', callback, { requestingUrl: appEntryUrl });
    expect(callback.mock.calls).toEqual([[false], [false]]);
  });

  it('refuses permission checks but clipboard text writes from the app', () => {
    const { check, device } = fakeSession();
    expect(check?.(null, 'notifications', appEntryUrl, {})).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write', appEntryUrl, {})).toBe(true);
    expect(check?.(null, 'clipboard-sanitized-write', 'https://example.com', {})).toBe(false);
    expect(device?.({})).toBe(false);
  });

  it('adds the CSP to response headers, keeping the others', () => {
    const { headers } = fakeSession();
    const callback = vi.fn();
    headers?.({ url: 'app://parallax/', responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
});
