/// <reference types="vite/client" />
import ExportWorker from '../../renderer/src/screens/ucap/ucap-export.worker.ts?worker&inline';
import { exportWorkerClient, type ExportWorker as Worker } from '../../renderer/src/screens/ucap/export-worker-client';
import type { ExportRequest } from '../../renderer/src/screens/ucap/export-messages';

// Runs inside Chromium: the UCAP written as the app writes it, by the app's
// export worker (the same module, bundled and minified), kept between exports
// by the app's client. Each time runs from the request to the file's bytes
// back on the page's thread.

const client = exportWorkerClient(() => new ExportWorker() as unknown as Worker);

async function exportOnce(request: ExportRequest): Promise<{ seconds: number; bytes: number }> {
  const start = performance.now();
  const data = await client.run(request, () => undefined);
  return { seconds: (performance.now() - start) / 1000, bytes: data.byteLength };
}

(window as unknown as { benchExport: typeof exportOnce }).benchExport = exportOnce;
