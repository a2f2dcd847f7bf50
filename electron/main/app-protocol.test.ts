import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_INDEX_URL, appFilePath, appResponse } from './app-protocol';

const dir = mkdtempSync(join(tmpdir(), 'ponte-renderer-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Ponte</title>');
writeFileSync(join(dir, 'assets', 'ucap-export.worker-abc.js'), 'self.onmessage = () => {};');
writeFileSync(join(dir, '..', 'secret.txt'), 'not for the page');
const CSP = "default-src 'self'";
const get = (url: string, method = 'GET') => appResponse({ url, method }, dir, CSP);

describe('the ponte://app scheme', () => {
  it('serves the page and its module scripts and workers with their JavaScript type and the CSP', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toContain('<title>Ponte</title>');
    expect((await get('ponte://app/')).status).toBe(200);
    const worker = await get('ponte://app/assets/ucap-export.worker-abc.js');
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(worker.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await worker.text()).toBe('self.onmessage = () => {};');
    // Hash routes never reach the handler as paths.
    expect((await get('ponte://app/index.html#/ucap')).status).toBe(200);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'ponte://app/../secret.txt',
      'ponte://app/%2e%2e/secret.txt',
      'ponte://app/assets%2f..%2f..%2fsecret.txt',
      'ponte://app/..%5csecret.txt',
      'ponte://app/index.html%00.js',
      'ponte://other/index.html',
      'file:///etc/passwd',
      'https://app/index.html',
      'not a url',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('not for the page');
    }
    expect(appFilePath('ponte://app/assets/x.js', dir)).toBe(join(dir, 'assets', 'x.js'));
    expect(appFilePath('ponte://app/../../etc/passwd', dir)).toBe(join(dir, 'etc', 'passwd')); // resolved inside, then 404
  });

  it('answers 404 for a missing file and 405 for anything but GET and HEAD', async () => {
    expect((await get('ponte://app/assets/missing.js')).status).toBe(404);
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
