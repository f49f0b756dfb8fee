import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  contentSecurityPolicy,
  externalUrl,
  isAppUrl,
  isPermissionAllowed,
  isTrustedSender,
  type SenderInfo,
} from './security.ts';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy);

  it('allows scripts only from the app itself, with no inline script or eval', () => {
    expect(policy.get('script-src')).toBe("'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).not.toContain('unsafe-inline');
  });

  it('falls back to the app origin and blocks plugins, base tags and framing', () => {
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it('allows inline styles, data: images and connections to the app only', () => {
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('img-src')).toBe("'self' data:");
    expect(policy.get('connect-src')).toBe("'self'");
  });

  it('names no remote host anywhere', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/);
  });
});

describe('isAppUrl', () => {
  it('accepts pages of the app origin', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://parallax/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://Parallax/index.html')).toBe(true);
  });

  it('rejects other schemes, hosts, ports, credentials and non-URLs', () => {
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://parallax.evil/index.html',
      'app://parallax:8080/index.html',
      'app://user:pass@parallax/index.html',
      'devtools://devtools/bundled/index.html',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});

describe('externalUrl', () => {
  it('passes http and https links through, normalised', () => {
    expect(externalUrl('https://www.reuters.com/world/')).toBe('https://www.reuters.com/world/');
    expect(externalUrl('HTTP://Example.com')).toBe('http://example.com/');
  });

  it('refuses schemes that could run code or open local files', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-msdt:/id',
      'vbscript:msgbox',
      'app://parallax/index.html',
      'mailto:someone@example.com',
    ]) {
      expect(externalUrl(url), url).toBeNull();
    }
  });

  it('refuses links with embedded credentials and strings that are not URLs', () => {
    expect(externalUrl('https://user:secret@example.com/')).toBeNull();
    expect(externalUrl('//example.com')).toBeNull();
    expect(externalUrl('example.com')).toBeNull();
  });
});

describe('isPermissionAllowed', () => {
  it('allows only plain-text clipboard writes from the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', appEntryUrl)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it('refuses every other permission, even to the app', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(isPermissionAllowed(permission, appEntryUrl), permission).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  const ours = (id: number) => id === 7;
  const sender = (patch: Partial<SenderInfo> = {}): SenderInfo => ({
    frameUrl: appEntryUrl,
    isMainFrame: true,
    webContentsId: 7,
    ...patch,
  });

  it('trusts the top frame of our window showing an app page', () => {
    expect(isTrustedSender(sender(), ours)).toBe(true);
  });

  it('refuses a frame showing anything but the app', () => {
    expect(isTrustedSender(sender({ frameUrl: 'https://example.com/' }), ours)).toBe(false);
    expect(isTrustedSender(sender({ frameUrl: 'file:///tmp/x.html' }), ours)).toBe(false);
    expect(isTrustedSender(sender({ frameUrl: null }), ours)).toBe(false);
  });

  it('refuses subframes, other webContents and detached frames', () => {
    expect(isTrustedSender(sender({ isMainFrame: false }), ours)).toBe(false);
    expect(isTrustedSender(sender({ webContentsId: 8 }), ours)).toBe(false);
    expect(isTrustedSender(null, ours)).toBe(false);
  });
});
