import { zip } from 'fflate';
import { PonteDatabase } from '../../renderer/src/db/database';
import { loadScaledSample } from '../../renderer/src/db/sample-repo';
import { exportBundle } from '../../renderer/src/backup/export-bundle';
import { applyPlan, readAndPlan } from '../../renderer/src/backup/import-bundle';
import { declarations } from '../../shared/kinds/registry';
import type { PROGRAMME_SCALE } from '../../shared/sample/scale';

// Runs inside Chromium: the programme-sized sample made on a device by the
// app's own loader, backed up whole with exportBundle, and restored into an
// empty device with readAndPlan + applyPlan, the way the backup screen does.
// The yardstick: fflate zipping the same records (JSON lines per table) and
// the same attachment bytes, with nothing else.

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/** Samples the JS heap while `work` runs: the peak it reached, from a heap collected first (what earlier steps left is not counted as garbage of this one). */
async function withPeakHeap<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; peakHeapMb: number; startHeapMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = heap();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, heap())), 200);
  const began = performance.now();
  try {
    const value = await work();
    return { value, seconds: (performance.now() - began) / 1000, peakHeapMb: Math.max(peak, heap()) / 2 ** 20, startHeapMb: start / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

async function plainZip(db: PonteDatabase): Promise<number> {
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  for (const d of declarations()) {
    const rows = await db.table(d.table).toArray();
    files[`records/${d.kind}.jsonl`] = encoder.encode(rows.map((r) => JSON.stringify(r)).join('\n'));
  }
  for (const row of (await db.blobs.toArray()) as { sha256: string; bytes: ArrayBuffer }[]) files[`attachments/${row.sha256}`] = new Uint8Array(row.bytes);
  const zipped = await new Promise<Uint8Array>((resolve, reject) => zip(files, { level: 6 }, (error, data) => (error ? reject(error) : resolve(data))));
  return zipped.byteLength;
}

export async function benchBackup(scale: Partial<typeof PROGRAMME_SCALE>) {
  const source = new PonteDatabase(`bench-backup-source-${Date.now()}`);
  await source.open();
  const loadBegan = performance.now();
  await loadScaledSample(source, scale);
  const loadSeconds = (performance.now() - loadBegan) / 1000;
  const counts = Object.fromEntries(await Promise.all(declarations().map(async (d) => [d.kind, await source.table(d.table).count()] as const)));
  const attachments = await source.blobs.count();

  const backup = await withPeakHeap(() => exportBundle(source, { type: 'device' }));
  const yardstick = await withPeakHeap(() => plainZip(source));

  const target = new PonteDatabase(`bench-backup-target-${Date.now()}`);
  await target.open();
  // Where a restore's time goes: reading and planning, then each phase of writing.
  const phases: Record<string, number> = {};
  let phase = 'read_and_plan';
  let phaseBegan = performance.now();
  const enter = (next: string) => {
    if (next === phase) return;
    phases[`${phase}_s`] = round((performance.now() - phaseBegan) / 1000);
    phase = next;
    phaseBegan = performance.now();
  };
  const restore = await withPeakHeap(async () => {
    const planned = await readAndPlan(target, backup.value);
    const result = await applyPlan(target, planned, (p) => enter(p.phase));
    enter('done');
    return result;
  });
  const restoredCounts = Object.fromEntries(await Promise.all(declarations().map(async (d) => [d.kind, await target.table(d.table).count()] as const)));
  const mismatched = Object.keys(counts).filter((kind) => counts[kind] !== restoredCounts[kind]);

  source.close();
  target.close();
  return {
    dataset: { load_seconds: round(loadSeconds, 1), records: counts, attachments },
    backup: { seconds: round(backup.seconds), peak_heap_mb: round(backup.peakHeapMb, 0), start_heap_mb: round(backup.startHeapMb, 0), file_mb: round(backup.value.size / 2 ** 20, 1) },
    yardstick_fflate_zip: { seconds: round(yardstick.seconds), peak_heap_mb: round(yardstick.peakHeapMb, 0), start_heap_mb: round(yardstick.startHeapMb, 0), file_mb: round(yardstick.value / 2 ** 20, 1) },
    ratio_backup_to_zip: round(backup.seconds / yardstick.seconds),
    restore: { seconds: round(restore.seconds), peak_heap_mb: round(restore.peakHeapMb, 0), start_heap_mb: round(restore.startHeapMb, 0), records: restore.value.records, attachments: restore.value.attachments, phases },
    restored_equal_counts: mismatched.length === 0,
    mismatched_kinds: mismatched,
  };
}

(window as unknown as { benchBackup: typeof benchBackup }).benchBackup = benchBackup;
