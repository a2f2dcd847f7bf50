/// <reference lib="webworker" />
import { buildUcapDocument } from '../../../../shared/docs/ucap';
import { packDocument } from '../../../../shared/docs/pack';
import { labelsFor } from '../../../../locales/labels';
import type { ExportRequest, ExportMessage } from './export-messages';

// Builds and packs the UCAP off the interface's thread, so a long plan does
// not freeze the window while it is written; says how far it has got.

const post = (message: ExportMessage, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { pairing, content, lang, today, cover } = event.data;
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
