/**
 * The `app://parallax/` scheme: the built renderer (`dist/renderer`) served from disk with a
 * real origin, so that CSP `'self'`, ES modules and `fetch` work as on the web, without the
 * extra privileges `file://` pages get.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { appHost, appScheme, contentSecurityPolicy } from './security.ts';

/** Must run before `app` is ready: Chromium reads the scheme list at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a served file; unknown types are opaque bytes (and `nosniff` is set). */
export function mimeTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` that an `app://parallax/...` URL names, or null when the URL is not
 * ours or tries to leave `rootDir` (`..` segments, also percent-encoded as `%2e%2e` or hidden
 * behind an encoded `%2f`, backslashes, NUL bytes). `/` is `index.html`.
 */
export function resolveAppPath(rootDir: string, rawUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(rawUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    // Malformed URL or percent-encoding: nothing to serve.
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.hostname.toLowerCase() !== appHost) return null;
  if (url.port !== '' || url.username !== '' || url.password !== '') return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...(segments.length > 0 ? segments : ['index.html']));
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

/** Headers of every response of the scheme; the CSP is set here because `webRequest` header
 * hooks do not reliably run for custom protocols (electron/electron#6021, #45865). */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'content-type': mimeTypeFor(filePath),
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': contentSecurityPolicy,
    },
  });
}

/** Answers one request of the scheme from `rootDir`. Exported for tests. */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plainResponse(405, 'method not allowed');
  }
  const filePath = resolveAppPath(rootDir, request.url);
  if (!filePath) return plainResponse(404, 'not found');
  try {
    const body = await readFile(filePath);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: appResponseHeaders(filePath),
    });
  } catch {
    // Missing file, folder or unreadable: to the page all of these are a 404.
    return plainResponse(404, 'not found');
  }
}

/** Serves `rootDir` on `app://parallax/`; call once the app is ready. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(appScheme, (request) => serveAppRequest(rootDir, request));
}
