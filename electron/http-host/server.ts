/**
 * The HTTP host: the same backend as the desktop app, over HTTP + WebSocket on the loopback
 * interface, serving the built renderer. Used in browser mode and by the e2e tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { eventsPath, httpApiPrefix, type EventFrame } from '../../shared/api/transport.ts';
import { fail } from '../../shared/api/envelope.ts';
import type { Backend } from '../backend/backend.ts';

export interface HttpHostOptions {
  backend: Backend;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  host?: string;
  /** Largest request body accepted, in bytes (uploads arrive as base64 JSON). */
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Maps a URL path to a file inside `root`, or null when it would escape it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null; // malformed escapes are not a file of ours
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${decoded === '/' ? '/index.html' : decoded}`);
  return target === base || target.startsWith(base + sep) ? target : null;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`request is larger than ${Math.round(limit / 1024 / 1024)} MB`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(value));
}

/** Only requests addressed to the loopback host are served (no DNS-rebinding access). */
function isLoopbackHost(hostHeader: string | undefined): boolean {
  const host = (hostHeader ?? '').replace(/:\d+$/, '');
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/**
 * Another web page open in the user's browser can send a POST to the loopback host too (a "simple"
 * cross-site request needs no permission): calls that write files or read paths must not run for
 * it. A call must carry a JSON content type (which a cross-site page can only send after a CORS
 * preflight that this host never grants) and, when the browser names an origin, the host's own.
 */
function isSameOriginCall(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return false;
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host ?? ''}`;
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const { backend, rendererDir } = options;
  const maxBody = options.maxBodyBytes ?? 512 * 1024 * 1024;

  const handleApi = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', 'use POST'));
    if (!isSameOriginCall(req)) {
      return sendJson(res, 403, fail('invalid_input', 'calls must come from the app itself'));
    }
    let input: unknown;
    try {
      const text = await readBody(req, maxBody);
      input = text ? JSON.parse(text) : {};
    } catch (error) {
      const message =
        error instanceof SyntaxError
          ? 'request body is not valid JSON'
          : String((error as Error).message);
      return sendJson(res, 400, fail('invalid_input', message));
    }
    sendJson(res, 200, await backend.handle(method, input));
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse) => {
    const path = resolveStaticPath(rendererDir, req.url ?? '/');
    if (!path) return sendJson(res, 404, fail('not_found', 'not found'));
    try {
      const data = await readFile(path);
      res.writeHead(200, {
        'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(data);
    } catch {
      // Unknown paths are client-side routes: serve the app shell.
      if (extname(path)) return sendJson(res, 404, fail('not_found', 'not found'));
      const html = await readFile(join(rendererDir, 'index.html')).catch(() => null);
      if (!html) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end('The renderer is not built: run `npm run build:renderer`.');
      }
      res.writeHead(200, {
        'content-type': contentTypes['.html'],
        'content-security-policy': contentSecurityPolicy,
      });
      res.end(html);
    }
  };

  const server = createServer((req, res) => {
    if (!isLoopbackHost(req.headers.host))
      return sendJson(res, 403, fail('invalid_input', 'forbidden host'));
    const url = req.url ?? '/';
    const work = url.startsWith(httpApiPrefix)
      ? handleApi(req, res, decodeURIComponent(url.slice(httpApiPrefix.length).split('?')[0] ?? ''))
      : handleStatic(req, res);
    work.catch((error: unknown) => {
      console.error('[parallax] http host error', error);
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'server error'));
      else res.end();
    });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const origin = req.headers.origin;
    const foreign = origin !== undefined && origin !== `http://${req.headers.host ?? ''}`;
    if (
      foreign ||
      !isLoopbackHost(req.headers.host) ||
      (req.url ?? '').split('?')[0] !== eventsPath
    ) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  const unsubscribe = backend.onEvent((event, payload) => {
    const frame = JSON.stringify({ event, payload } satisfies EventFrame);
    for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(frame);
  });

  await new Promise<void>((ready) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', ready),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
