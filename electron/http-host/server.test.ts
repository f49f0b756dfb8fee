import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import WebSocket from 'ws';
import { createBackend, type Backend } from '../backend/backend.ts';
import { makeTempDir } from '../../tests/support/temp-dir.ts';
import { resolveStaticPath, startHttpHost, type HttpHost } from './server.ts';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let host: HttpHost;

beforeAll(async () => {
  dir = makeTempDir();
  const rendererDir = join(dir.path, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  backend = await createBackend({ dataDir: join(dir.path, 'data'), log: () => undefined });
  host = await startHttpHost({ backend, rendererDir, port: 0 });
});

afterAll(async () => {
  await host.close();
  await backend.close();
  dir.remove();
});

const post = (method: string, body: string) =>
  fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
  });

describe('http host', () => {
  it('answers contract calls with envelopes', async () => {
    const reply = await (await post('library.getInfo', '{}')).json();
    expect(reply).toMatchObject({ ok: true, value: { articleCount: 0 } });
  });

  it('refuses calls another web page could send: no JSON type, or a foreign origin', async () => {
    const plain = await fetch(`${host.url}/api/library.getInfo`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(403);
    const foreign = await fetch(`${host.url}/api/library.getInfo`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', origin: 'https://example.org' },
    });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${host.url}/api/library.getInfo`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', origin: host.url },
    });
    expect(own.status).toBe(200);
  });

  it('answers malformed JSON with an invalid_input envelope', async () => {
    const res = await post('articles.list', '{nope');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('serves the renderer with a strict content security policy', async () => {
    const res = await fetch(`${host.url}/`);
    expect(await res.text()).toContain('<title>Parallax</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses requests addressed to another host name', async () => {
    // fetch() does not let a page set Host; a DNS-rebinding page reaches us with its own name.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${host.url}/api/library.getInfo`, {
        method: 'POST',
        headers: { host: 'evil.example' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('keeps static paths inside the renderer folder', () => {
    expect(resolveStaticPath('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/assets/app.js')).toBe('/srv/app/assets/app.js');
  });

  it('pushes backend events over the WebSocket', async () => {
    const socket = new WebSocket(`${host.url.replace('http', 'ws')}/events`);
    await new Promise((resolve) => socket.once('open', resolve));
    const frame = new Promise<{ event: string }>((resolve) =>
      socket.on('message', (data) => {
        const parsed = JSON.parse(String(data)) as { event: string };
        if (parsed.event === 'import.finished') resolve(parsed);
      }),
    );
    const text =
      'Talks resume\n\nDiplomats from both sides met in Geneva on Monday to resume the talks that stalled last year.\n';
    await post(
      'articles.import',
      JSON.stringify({
        files: [{ name: 'talks.txt', contentBase64: Buffer.from(text).toString('base64') }],
      }),
    );
    expect((await frame).event).toBe('import.finished');
    socket.close();
  });
});
