import { describe, expect, it } from 'vitest';
import {
  appRootUrl,
  contentSecurityPolicy,
  decidePermission,
  decideWindowOpen,
  isAppUrl,
  withContentSecurityPolicy,
} from './security';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const prod = directives(contentSecurityPolicy({ dev: false }));
  const dev = directives(contentSecurityPolicy({ dev: true, devServerOrigin: 'http://localhost:5173' }));

  it('allows scripts from the app only in production', () => {
    expect(prod.get('script-src')).toEqual(["'self'"]);
  });

  it('never allows eval, in either mode', () => {
    expect(contentSecurityPolicy({ dev: false })).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ dev: true, devServerOrigin: 'http://localhost:5173' })).not.toContain('unsafe-eval');
  });

  it('locks down objects, base, forms and framing', () => {
    expect(prod.get('default-src')).toEqual(["'self'"]);
    expect(prod.get('object-src')).toEqual(["'none'"]);
    expect(prod.get('base-uri')).toEqual(["'none'"]);
    expect(prod.get('form-action')).toEqual(["'none'"]);
    expect(prod.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets images come from data: and blob: but not from the web', () => {
    expect(prod.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('lets the page reach a sync server on loopback or over https, not plain http elsewhere', () => {
    const connect = prod.get('connect-src');
    expect(connect).toEqual(expect.arrayContaining(["'self'", 'http://127.0.0.1:*', 'http://localhost:*', 'https:']));
    expect(connect).not.toContain('http:');
    expect(connect).not.toContain('*');
  });

  it('adds the dev server and its websocket in dev only', () => {
    expect(dev.get('connect-src')).toEqual(expect.arrayContaining(['http://localhost:5173', 'ws://localhost:5173']));
    expect(dev.get('script-src')).toContain('http://localhost:5173');
    expect(prod.get('connect-src')?.some((source) => source.startsWith('ws'))).toBe(false);
  });

  it('ignores a dev server origin in production and a non-http one in dev', () => {
    expect(contentSecurityPolicy({ dev: false, devServerOrigin: 'http://localhost:5173' })).toBe(
      contentSecurityPolicy({ dev: false }),
    );
    expect(contentSecurityPolicy({ dev: true, devServerOrigin: 'javascript:alert(1)' })).not.toContain('javascript');
  });
});

describe('isAppUrl', () => {
  const appRoot = appRootUrl({});
  const devRoot = appRootUrl({ devServerUrl: 'http://localhost:5173/some/page' });

  it('builds the root from the dev server origin, else it is the app scheme', () => {
    expect(devRoot).toBe('http://localhost:5173/');
    expect(appRoot).toBe('ponte://app/');
  });

  it('allows the app page and its hash routes', () => {
    expect(isAppUrl('ponte://app/index.html', appRoot)).toBe(true);
    expect(isAppUrl('ponte://app/index.html#/missions', appRoot)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/ucap', devRoot)).toBe(true);
  });

  it('refuses local files, another host of the scheme, and encoded separators', () => {
    expect(isAppUrl('file:///etc/passwd', appRoot)).toBe(false);
    expect(isAppUrl('file:///opt/Ponte/resources/app.asar/out/renderer/index.html', appRoot)).toBe(false);
    expect(isAppUrl('ponte://evil/index.html', appRoot)).toBe(false);
    expect(isAppUrl('ponte://app/a%2F..%2F..%2Fx', appRoot)).toBe(false);
    expect(isAppUrl('ponte://app/a%5cx', appRoot)).toBe(false);
  });

  it('refuses the web, other ports and script URLs', () => {
    expect(isAppUrl('https://evil.example/', appRoot)).toBe(false);
    expect(isAppUrl('https://evil.example/', devRoot)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', devRoot)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', appRoot)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', devRoot)).toBe(false);
    expect(isAppUrl('data:text/html,<script>alert(1)</script>', appRoot)).toBe(false);
    expect(isAppUrl('not a url', appRoot)).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it('always denies a new window', () => {
    for (const url of ['https://example.org', 'file:///etc/passwd', 'about:blank']) {
      expect(decideWindowOpen(url).action).toBe('deny');
    }
  });

  it('sends http and https links to the system browser', () => {
    expect(decideWindowOpen('https://urbanpairing.example/docs').openExternally).toBe(true);
    expect(decideWindowOpen('http://example.org').openExternally).toBe(true);
  });

  it('opens nothing for file, script, data or custom schemes', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'ms-msdt:/id PCWDiagnostic',
      'smb://host/share',
      'mailto:someone@example.org',
      'about:blank',
      '',
    ]) {
      expect(decideWindowOpen(url).openExternally, url).toBe(false);
    }
  });
});

describe('decidePermission', () => {
  it('grants persistent storage', () => {
    expect(decidePermission('persistent-storage')).toBe(true);
  });

  it('denies notifications, devices, location and anything unknown', () => {
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'unknown', '']) {
      expect(decidePermission(permission), permission).toBe(false);
    }
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces a policy sent under any spelling and keeps other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('adds the policy when the response had no headers', () => {
    expect(withContentSecurityPolicy(undefined, "default-src 'self'")).toEqual({
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });
});
