import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { startPreview } from './preview-server';

export type E2eEnv = { browser: Browser; app: { url: string; close: () => Promise<void> } };

/** Serves the built app and starts Chromium before a file's tests, and stops both after. */
export function withAppAndBrowser(): E2eEnv {
  const env = {} as E2eEnv;
  beforeAll(async () => {
    env.app = await startPreview();
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.app?.close();
  });
  return env;
}
