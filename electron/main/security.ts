/**
 * The security policy of the desktop window as pure values and predicates, so that each rule has
 * a unit test that needs no running Electron. `window.ts`, `protocol.ts` and `ipc.ts` apply them.
 */

/** The privileged scheme the renderer is served from (see `protocol.ts`). */
export const appScheme = 'app';
/** The one host of that scheme; together they make the app's origin. */
export const appHost = 'parallax';
export const appOrigin = `${appScheme}://${appHost}`;
/** What the window loads. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * The Content-Security-Policy of every page and resource the app serves. Scripts only from the
 * app itself (no inline, no eval), inline styles allowed because React sets `style` attributes,
 * images also as `data:` URLs, no network beyond the app origin, no plugins, no `<base>`, never
 * framed, no form posts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    // Not a URL at all: callers treat it like any other URL they must refuse.
    return null;
  }
}

/**
 * True when `raw` is a URL of the app itself: `app://parallax/...`, no credentials, no port.
 * Chromium lower-cases hosts of standard schemes; Node does not for custom ones, hence the
 * case-insensitive host comparison.
 */
export function isAppUrl(raw: string | null | undefined): boolean {
  if (!raw) return false;
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${appScheme}:` &&
    url.hostname.toLowerCase() === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * The URL to hand to `shell.openExternal`, or null when it must not be opened: only `http:` and
 * `https:` with a host and without embedded credentials (`file:`, `javascript:`, custom
 * protocol handlers and the like could run code or open local files).
 */
export function externalUrl(raw: string): string | null {
  const url = parseUrl(raw);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/**
 * Whether a web permission is granted. Everything is refused (camera, microphone, geolocation,
 * notifications, clipboard reading, ...) except writing plain text to the clipboard from the
 * app's own page, which the "copy quote" actions use.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/** What an IPC handler knows about the frame that called it. */
export interface SenderInfo {
  /** URL of the sending frame, or null when the frame is gone. */
  frameUrl: string | null;
  /** The top-level frame of its page, not an iframe. */
  isMainFrame: boolean;
  /** `webContents.id` of the sender. */
  webContentsId: number;
}

/**
 * An IPC call is served only when it comes from the top frame of one of our windows, showing a
 * page of the app (`app://parallax/...`). Anything else (a frame that navigated away, an iframe,
 * another webContents) gets an error envelope.
 */
export function isTrustedSender(
  sender: SenderInfo | null,
  isOurWebContents: (webContentsId: number) => boolean,
): boolean {
  if (!sender || !sender.isMainFrame) return false;
  return isAppUrl(sender.frameUrl) && isOurWebContents(sender.webContentsId);
}
