import type { ExportRequest, ExportStage, NumberedMessage, NumberedRequest } from './export-messages';

/** What the client needs of a worker: the browser's Worker has it all. */
export type ExportWorker = {
  postMessage(message: NumberedRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<NumberedMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

type Pending = { resolve: (data: Uint8Array) => void; reject: (error: Error) => void; onProgress: (stage: ExportStage) => void };

/** A coordinator exports one language after another: the worker waits this long for the next before it is let go. */
export const EXPORT_WORKER_IDLE_MS = 3 * 60_000;

/**
 * One worker for export after export. A new worker starts cold: it loads the
 * document code and runs it unoptimised, which is most of a first export's
 * time. Kept, the next export runs warm. It is let go once idle, and dropped
 * when it fails, so the next export starts a fresh one.
 */
export function exportWorkerClient(makeWorker: () => ExportWorker, idleMs = EXPORT_WORKER_IDLE_MS) {
  let worker: ExportWorker | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const drop = (reason: Error) => {
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) p.reject(reason);
    pending.clear();
  };
  const waitIdle = () => {
    clearTimeout(idle);
    if (pending.size === 0) idle = setTimeout(() => drop(new Error('idle')), idleMs);
  };
  const started = (): ExportWorker => {
    if (worker) return worker;
    const made = makeWorker();
    made.onmessage = (event) => {
      const message = event.data;
      const p = pending.get(message.id);
      if (!p) return;
      if (message.type === 'progress') return p.onProgress(message.stage);
      pending.delete(message.id);
      if (message.type === 'done') p.resolve(message.data);
      else p.reject(new Error(message.reason));
      waitIdle();
    };
    made.onerror = (event) => drop(new Error(event.message || 'worker failed'));
    return (worker = made);
  };

  return {
    run(request: ExportRequest, onProgress: (stage: ExportStage) => void): Promise<Uint8Array> {
      clearTimeout(idle);
      const target = started();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
        target.postMessage({ ...request, id });
      });
    },
    /** Starts the worker ahead of an export, e.g. when the export dialog opens: its code loads while the user picks a language. */
    prepare(): void {
      started();
      waitIdle();
    },
  };
}
