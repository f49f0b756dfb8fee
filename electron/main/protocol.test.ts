import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { mimeTypeFor, registerAppScheme, resolveAppPath, serveAppRequest } =
  await import('./protocol.ts');
const { contentSecurityPolicy } = await import('./security.ts');

const root = path.resolve('/srv/app/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root, / to index.html', () => {
    expect(resolveAppPath(root, 'app://parallax/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://parallax/assets/index-1a2b.js')).toBe(
      path.join(root, 'assets', 'index-1a2b.js'),
    );
    expect(resolveAppPath(root, 'app://parallax/assets/a%20b.css?v=1#x')).toBe(
      path.join(root, 'assets', 'a b.css'),
    );
  });

  it('never resolves outside the root, plain or percent-encoded', () => {
    const attempts = [
      'app://parallax/../../etc/passwd',
      'app://parallax/%2e%2e/%2e%2e/etc/passwd',
      'app://parallax/%2E%2E/secret.txt',
      'app://parallax/..%2f..%2fetc%2fpasswd',
      'app://parallax/assets/..%2F..%2F..%2Fsecret.txt',
      'app://parallax/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://parallax/..%5c..%5csecret.txt',
      'app://parallax/%00index.html',
    ];
    for (const url of attempts) {
      const resolved = resolveAppPath(root, url);
      if (resolved !== null) {
        const relative = path.relative(root, resolved);
        expect(relative.startsWith('..') || path.isAbsolute(relative), url).toBe(false);
      }
    }
  });

  it('rejects decoded parent segments outright', () => {
    expect(resolveAppPath(root, 'app://parallax/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://parallax/assets/..%2F..%2Fx')).toBeNull();
    expect(resolveAppPath(root, 'app://parallax/..%5csecret.txt')).toBeNull();
  });

  it('rejects other origins, malformed escapes and non-URLs', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'app://parallax:81/index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://parallax/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(root, 'nonsense')).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('gives the types the renderer build produces', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('assets/index.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('assets/index.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('blob.bin')).toBe('application/octet-stream');
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as standard and secure, without bypassing the CSP', () => {
    registerAppScheme();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] ?? [];
    expect(schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });
});

describe('serveAppRequest', () => {
  let base = '';
  let served = '';

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'parallax-protocol-'));
    served = path.join(base, 'renderer');
    await mkdir(path.join(served, 'assets'), { recursive: true });
    await writeFile(path.join(served, 'index.html'), '<!doctype html><title>Parallax</title>');
    await writeFile(path.join(served, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(base, 'secret.txt'), 'do not serve');
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('serves index.html with its type and the CSP', async () => {
    const response = await serveAppRequest(served, new Request('app://parallax/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Parallax</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serveAppRequest(served, new Request('app://parallax/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files, folders and escapes from the root', async () => {
    for (const url of [
      'app://parallax/missing.js',
      'app://parallax/assets',
      'app://parallax/..%2fsecret.txt',
      'app://parallax/%2e%2e/secret.txt',
    ]) {
      const response = await serveAppRequest(served, new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('do not serve');
    }
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    const response = await serveAppRequest(
      served,
      new Request('app://parallax/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});
