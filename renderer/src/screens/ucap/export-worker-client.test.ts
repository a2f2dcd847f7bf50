import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportWorkerClient, type ExportWorker } from './export-worker-client';
import type { ExportRequest, NumberedMessage, NumberedRequest } from './export-messages';
import { sampleProgramme } from '../../../../shared/sample/programme';
import { SAMPLE_UCAP_PAIRING, sampleUcapContent } from '../../../../shared/ucap/sample';

// Node has no Worker: this stand-in answers as ucap-export.worker.ts does,
// with the same numbered messages, and the test says when. The real worker
// runs in Chromium, in the end-to-end export and in bench/export.
class FakeWorker implements ExportWorker {
  onmessage: ((event: MessageEvent<NumberedMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: NumberedRequest[] = [];
  terminated = false;
  postMessage(message: NumberedRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: NumberedMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<NumberedMessage>);
  }
  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const pairing = sampleProgramme().find((b) => b.pairing.id === SAMPLE_UCAP_PAIRING)!.pairing;
const request = (lang: ExportRequest['lang']): ExportRequest => ({ pairing, content: sampleUcapContent(), lang, today: '2026-12-04', cover: {} });
const bytes = (n: number) => new Uint8Array([n]);

describe('the export worker kept between exports', () => {
  let made: FakeWorker[];
  const client = (idleMs = 1000) => exportWorkerClient(() => {
    const worker = new FakeWorker();
    made.push(worker);
    return worker;
  }, idleMs);
  beforeEach(() => {
    made = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('serves the second language with the worker that wrote the first', async () => {
    const exports = client();
    const es = exports.run(request('es'), () => undefined);
    made[0]!.say({ id: made[0]!.received[0]!.id, type: 'done', data: bytes(1) });
    expect(await es).toEqual(bytes(1));
    const en = exports.run(request('en'), () => undefined);
    made[0]!.say({ id: made[0]!.received[1]!.id, type: 'done', data: bytes(2) });
    expect(await en).toEqual(bytes(2));
    expect(made).toHaveLength(1);
    expect(made[0]!.received.map((r) => r.lang)).toEqual(['es', 'en']);
  });

  it('gives each export its own progress and file when two run at once', async () => {
    const exports = client();
    const stages: string[] = [];
    const es = exports.run(request('es'), (s) => stages.push(`es:${s}`));
    const pt = exports.run(request('pt'), (s) => stages.push(`pt:${s}`));
    const [first, second] = made[0]!.received.map((r) => r.id);
    expect(first).not.toBe(second);
    made[0]!.say({ id: second!, type: 'progress', stage: 'building' });
    made[0]!.say({ id: first!, type: 'progress', stage: 'packing' });
    made[0]!.say({ id: second!, type: 'done', data: bytes(2) });
    made[0]!.say({ id: first!, type: 'done', data: bytes(1) });
    expect(await es).toEqual(bytes(1));
    expect(await pt).toEqual(bytes(2));
    expect(stages).toEqual(['pt:building', 'es:packing']);
  });

  it('passes on what the worker could not write, and keeps the worker', async () => {
    const exports = client();
    const es = exports.run(request('es'), () => undefined);
    made[0]!.say({ id: made[0]!.received[0]!.id, type: 'failed', reason: 'no room' });
    await expect(es).rejects.toThrow('no room');
    void exports.run(request('en'), () => undefined);
    expect(made).toHaveLength(1);
  });

  it('lets the worker go once idle, and starts a fresh one for the next export', async () => {
    const exports = client(1000);
    const es = exports.run(request('es'), () => undefined);
    vi.advanceTimersByTime(5000);
    expect(made[0]!.terminated).toBe(false); // busy: not idle
    made[0]!.say({ id: made[0]!.received[0]!.id, type: 'done', data: bytes(1) });
    await es;
    vi.advanceTimersByTime(999);
    expect(made[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(made[0]!.terminated).toBe(true);
    void exports.run(request('en'), () => undefined);
    expect(made).toHaveLength(2);
  });

  it('starts the worker ahead of the export it is prepared for, and lets it go if no export comes', async () => {
    const exports = client(1000);
    exports.prepare();
    expect(made).toHaveLength(1);
    const es = exports.run(request('es'), () => undefined);
    expect(made).toHaveLength(1);
    expect(made[0]!.received).toHaveLength(1);
    made[0]!.say({ id: made[0]!.received[0]!.id, type: 'done', data: bytes(1) });
    await es;
    exports.prepare();
    vi.advanceTimersByTime(1000);
    expect(made[0]!.terminated).toBe(true);
  });

  it('fails what a crashed worker was doing and replaces it', async () => {
    const exports = client();
    const es = exports.run(request('es'), () => undefined);
    made[0]!.fail('out of memory');
    await expect(es).rejects.toThrow('out of memory');
    expect(made[0]!.terminated).toBe(true);
    void exports.run(request('en'), () => undefined);
    expect(made).toHaveLength(2);
  });
});
