import { isAppUrl } from './security';

export type SenderFacts = {
  /** URL of the frame that sent the message; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Whether that frame is the top frame of its page, not an iframe. */
  isMainFrame: boolean;
  /** Whether the message came from the web contents of our own window. */
  isOurWindow: boolean;
  /** See appRootUrl in security.ts. */
  appRootUrl: string;
};

/**
 * Only the app's own page, in its top frame, in our window, may use the bridge:
 * an iframe or a page that somehow got navigated elsewhere must not be able to
 * write files or open links.
 */
export function isTrustedSender(facts: SenderFacts): boolean {
  if (!facts.isOurWindow || !facts.isMainFrame || facts.frameUrl === undefined) return false;
  return isAppUrl(facts.frameUrl, facts.appRootUrl);
}
