import type { PonteDatabase } from '../db/database';
import { TABLE_OF } from '../db/database';
import { withLocalFields } from '../db/local-fields';
import { revertRefused } from '../../../shared/sync/revert';
import type { Change } from '../../../shared/sync/change';
import type { AnyStored, RecordKind } from '../../../shared/model/records';
import type { SyncApi } from './sync-api';

/** Refusals after which this device would disagree with the server for good unless it undoes the change. */
const UNDONE: readonly string[] = ['invalidChange', 'viewerCannotWrite', 'notSigner'];

/**
 * Puts back the server's values where changes it refused for good had set
 * them (e.g. an end date that became earlier than a start date someone else
 * set, or a viewer's edit). Asks the server first, then writes in one
 * transaction per record: never network inside a transaction.
 */
export async function undoRefused(db: PonteDatabase, api: SyncApi, failed: readonly { change: Change; reason: string }[]): Promise<void> {
  const byRecord = new Map<string, Change[]>();
  for (const { change, reason } of failed) {
    if (!UNDONE.includes(reason) || !(change.kind in TABLE_OF)) continue;
    const key = `${change.kind}/${change.recordId}`;
    byRecord.set(key, [...(byRecord.get(key) ?? []), change]);
  }
  for (const changes of byRecord.values()) {
    const { kind, recordId, pairingId } = changes[0]!;
    const server = await api.record(pairingId, kind, recordId);
    const table = db.tableOf(kind as RecordKind);
    await db.transaction('rw', table, async () => {
      const local = (await table.get(recordId)) as AnyStored | undefined;
      if (!local) return;
      const reverted = revertRefused(local, server, new Set(changes.map((c) => c.hlc)));
      if (reverted === null) await table.delete(recordId);
      else if (reverted !== local) await table.put(withLocalFields(kind as RecordKind, reverted) as never);
    });
  }
}
