import { exportFileName, type ExportedFile } from '../../export/exported-file';
import type { Lang } from '../../../../shared/i18n/langs';
import type { Pairing } from '../../../../shared/model/pairing';
import type { UcapContent } from '../../../../shared/ucap/content';
import { DOCX_MIME } from '../../../../shared/docs/mime';
import { pairingName } from '../../../../shared/model/pairing';
import type { CoverFacts, ExportRequest, ExportStage } from './export-messages';
import { exportWorkerClient, type ExportWorker } from './export-worker-client';

/** "Cartagena de Indias – Málaga - UCAP-es.docx": a name every operating system accepts. */
export function ucapFileName(pairing: Pick<Pairing, 'eu' | 'lac'>, lang: Lang): string {
  return exportFileName(pairingName(pairing), `UCAP-${lang}`, 'docx', { fallback: 'UCAP' });
}

/** In a worker kept between exports, so the window stays responsive and the next language comes warm. */
const worker = exportWorkerClient(() => new Worker(new URL('./ucap-export.worker.ts', import.meta.url), { type: 'module' }) as unknown as ExportWorker);

/** Starts the export worker while the user chooses a language, where workers can run. */
export function prepareUcapExport(): void {
  if (typeof Worker === 'undefined') return;
  try {
    worker.prepare();
  } catch {
    // No worker can be started here: the export will run on this thread.
  }
}

/** On this thread, where workers cannot run (unit tests, or a page whose policy refuses a worker). The code is loaded here, on first use. */
async function inThread(request: ExportRequest, onProgress: (stage: ExportStage) => void): Promise<Uint8Array> {
  const [{ buildUcapDocument }, { packDocument }, { labelsFor }] = await Promise.all([import('../../../../shared/docs/ucap'), import('../../../../shared/docs/pack'), import('../../../../locales/labels')]);
  onProgress('building');
  const doc = buildUcapDocument({ pairing: request.pairing, content: request.content }, { ...request.cover, lang: request.lang, t: labelsFor(request.lang), today: request.today });
  onProgress('packing');
  return packDocument(doc);
}

/** Builds the UCAP as a .docx in `lang`, saying how far it has got. */
export async function exportUcap(pairing: Pairing, content: UcapContent, lang: Lang, today: string, cover: CoverFacts = {}, onProgress: (stage: ExportStage) => void = () => undefined): Promise<ExportedFile> {
  onProgress('loading');
  const request: ExportRequest = { pairing, content, lang, today, cover };
  let data: Uint8Array;
  if (typeof Worker === 'undefined') data = await inThread(request, onProgress);
  else {
    try {
      data = await worker.run(request, onProgress);
    } catch {
      data = await inThread(request, onProgress);
    }
  }
  return { name: ucapFileName(pairing, lang), data, mimeType: DOCX_MIME };
}
