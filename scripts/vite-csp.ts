import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../electron/main/security';

/**
 * Puts the production Content-Security-Policy into the built index.html, from
 * the same function the Electron main process sends as a header, so a plain
 * tab and the desktop app run under one policy. Build only: the dev server's
 * React refresh preamble is an inline script that this policy forbids.
 * frame-ancestors is dropped because browsers ignore it in a meta tag.
 */
export function cspMetaTag(): Plugin {
  const policy = contentSecurityPolicy({ dev: false })
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'ponte-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}
