/// <reference lib="webworker" />
import { buildUcapDocument } from '../../../../shared/docs/ucap';
import { packDocument } from '../../../../shared/docs/pack';
import { labelsFor } from '../../../../locales/labels';
import type { ExportMessage, NumberedMessage, NumberedRequest } from './export-messages';

// Builds and packs the UCAP off the interface's thread, so a long plan does
// not freeze the window while it is written; says how far it has got. The
// worker stays for the next export (export-worker-client.ts), whose code is
// then already compiled and optimised: the second language comes about twice
// as fast as the first.

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<NumberedRequest>) => {
  const { id, pairing, content, lang, today, cover } = event.data;
  const post = (message: ExportMessage, transfer: Transferable[] = []) => scope.postMessage({ ...message, id } satisfies NumberedMessage, transfer);
  try {
    post({ type: 'progress', stage: 'building' });
    const doc = buildUcapDocument({ pairing, content }, { ...cover, lang, t: labelsFor(lang), today });
    post({ type: 'progress', stage: 'packing' });
    const data = await packDocument(doc);
    post({ type: 'done', data }, [data.buffer]);
  } catch (error) {
    post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
