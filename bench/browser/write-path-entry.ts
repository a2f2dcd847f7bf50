import { PonteDatabase } from '../../renderer/src/db/database';
import { writeRecords, type Write } from '../../renderer/src/db/write-path';
import { newAgreementFields } from '../../shared/model/defaults';
import { newId } from '../../shared/ids';

// Runs inside Chromium: real IndexedDB, as a user's device has it.

function writesFor(count: number): Write[] {
  return Array.from({ length: count }, (_, i) => {
    const pairingId = `pairing-${i % 50}`;
    // New records under fresh ids, as an import or the sample writes them.
    return { kind: 'agreement', recordId: newId(), pairingId, create: true, fields: { ...newAgreementFields(`Agreement ${i} — Málaga / Cartagena de Indias`), signatories: 'Mayor of Málaga; Mayor of Cartagena de Indias', copyLocation: 'Registry, file 2026/114' } };
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

export async function benchWritePath(count: number) {
  const writes = writesFor(count);
  const raw = new PonteDatabase(`bench-raw-${Date.now()}`);
  const batched = new PonteDatabase(`bench-batch-${Date.now()}`);
  const single = new PonteDatabase(`bench-single-${Date.now()}`);
  await Promise.all([raw.open(), batched.open(), single.open()]);
  // The raw baseline stores the same shape (fields and stamps), without clock, validation or outbox.
  const rawRecords = writes.map((w) => ({ id: w.recordId, pairingId: w.pairingId, ...w.fields, stamps: {} as Record<string, string> }));
  const rawSeconds = await timed(() => raw.agreements.bulkPut(rawRecords as never[]));
  const batchSeconds = await timed(() => writeRecords(batched, writes));
  const singleCount = Math.min(1000, count);
  const singleSeconds = await timed(async () => {
    for (const w of writes.slice(0, singleCount)) await writeRecords(single, [w]);
  });
  const outboxChanges = (await batched.outbox.toArray()).reduce((n, e) => n + e.changes.length, 0);
  await Promise.all([raw.delete(), batched.delete(), single.delete()]);
  return {
    records: count,
    raw_bulkput_records_per_s: Math.round(count / rawSeconds),
    write_path_batch_records_per_s: Math.round(count / batchSeconds),
    ratio: Number((rawSeconds / batchSeconds).toFixed(3)),
    write_path_one_per_transaction_records_per_s: Math.round(singleCount / singleSeconds),
    outbox_changes_written: outboxChanges,
  };
}

(window as unknown as { benchWritePath: typeof benchWritePath }).benchWritePath = benchWritePath;
