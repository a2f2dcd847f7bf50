import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFacts } from './ipc-sender';

const appRootUrl = 'ponte://app/';
const trusted: SenderFacts = {
  frameUrl: `${appRootUrl}index.html#/dossier`,
  isMainFrame: true,
  isOurWindow: true,
  appRootUrl,
};

describe('isTrustedSender', () => {
  it('trusts the top frame of our window showing the app', () => {
    expect(isTrustedSender(trusted)).toBe(true);
  });

  it('refuses an iframe, even of the app', () => {
    expect(isTrustedSender({ ...trusted, isMainFrame: false })).toBe(false);
  });

  it('refuses another window', () => {
    expect(isTrustedSender({ ...trusted, isOurWindow: false })).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender({ ...trusted, frameUrl: undefined })).toBe(false);
  });

  it('refuses a page that is not the app', () => {
    expect(isTrustedSender({ ...trusted, frameUrl: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: 'file:///home/user/Downloads/page.html' })).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: 'ponte://elsewhere/index.html' })).toBe(false);
  });

  it('trusts the dev server page in development', () => {
    const dev = { ...trusted, appRootUrl: 'http://localhost:5173/', frameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(dev)).toBe(true);
    expect(isTrustedSender({ ...dev, frameUrl: 'http://localhost:8080/' })).toBe(false);
  });
});
