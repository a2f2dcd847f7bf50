import type { ExchangeLedgerRow, PonteDatabase } from '../db/database';
import { declarationOf } from '../../../shared/kinds/registry';
import type { AnyStored } from '../../../shared/model/records';
import { recordVersion } from './record-version';

// The exchange ledger: for each partner the user names and each pairing, what
// this device last handed over in a bundle — per record (kind and id) the
// version sent (its highest field stamp and a fingerprint of all of them), and
// when. A bundle "limited to what changed" holds a record when the partner was
// never sent it or was sent another version of it, so a record that reached
// this device after the last bundle carrying stamps older than that bundle's
// (by sync, or in a bundle from someone else) still goes: a cut-off stamp
// would have left it out for good.
//
// Device-local bookkeeping like the sync cursors: never synced, never in a
// pairing's bundle, and not in a whole-device backup either (neither
// exportBundle's nor device-bundle.ts's carries local tables). A device
// restored from a backup, or a new one, starts with no ledger, so its first
// bundle for a partner goes whole: a larger file at worst, never a missing
// record. A ledger carried along could only say the partner has what they
// have; a wrong one (another device's, an old one) could leave a record out.
// "Replace everything" keeps the ledger: it says what partners hold, which a
// replace on this device does not change, and a record whose version differs
// from what was sent goes again.
//
// "Sent" means saved: the ledger cannot know whether the partner opened the
// file. Exporting everything again is always possible.

/** A partner's name as the user typed it, trimmed, spaces collapsed. */
export function partnerName(typed: string): string {
  return typed.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The key a partner is remembered under: the same name whatever its case. */
export function partnerKey(typed: string): string {
  return partnerName(typed).toLowerCase();
}

/** A partner this device has handed bundles to: the name last typed, and the date of the last bundle per pairing. */
export type Partner = { key: string; name: string; lastSentAt: number; pairings: Record<string, number> };

/** Every partner with an earlier bundle, the most recent first. */
export async function listPartners(db: PonteDatabase): Promise<Partner[]> {
  const byKey = new Map<string, Partner & { nameAt: number }>();
  await db.exchangeLedger.each((row) => {
    const p = byKey.get(row.partnerKey) ?? { key: row.partnerKey, name: row.partner, nameAt: row.sentAt, lastSentAt: 0, pairings: {} };
    p.pairings[row.pairingId] = row.sentAt;
    if (row.sentAt > p.lastSentAt) p.lastSentAt = row.sentAt;
    if (row.sentAt > p.nameAt) Object.assign(p, { name: row.partner, nameAt: row.sentAt });
    byKey.set(row.partnerKey, p);
  });
  return [...byKey.values()].map(({ nameAt: _, ...p }) => p).sort((a, b) => b.lastSentAt - a.lastSentAt || a.name.localeCompare(b.name));
}

/** What a partner was last sent of each of these pairings (a pairing never sent to them is absent). */
export async function ledgerOf(db: PonteDatabase, partner: string, pairingIds: readonly string[]): Promise<Map<string, ExchangeLedgerRow>> {
  const key = partnerKey(partner);
  const rows = await db.exchangeLedger.bulkGet(pairingIds.map((id) => [key, id] as [string, string]));
  return new Map(rows.filter((r): r is ExchangeLedgerRow => r !== undefined).map((r) => [r.pairingId, r]));
}

/**
 * Chooses the records of a bundle and remembers what went in. Given no earlier
 * rows it takes everything; given a pairing's row from the ledger it takes,
 * of that pairing, only the records whose version differs from the one sent
 * (or that were never sent), and the rest of the pairings whole.
 */
export type RecordSelection = {
  /** Whether this record goes in the bundle; what goes in is remembered. */
  include(kind: string, record: AnyStored): boolean;
  /** An attachment of a record in the bundle was not on this device, so the record counts as not sent (it goes again). */
  lacking(sha256: string): void;
  /** Records that went in. */
  readonly included: number;
  /** The pairings limited to what changed, each with the date (ISO) of the earlier bundle it follows. */
  readonly changesSince: Readonly<Record<string, string>>;
  /** Per pairing, what the partner holds once they have this bundle. */
  sent(): Map<string, Record<string, string>>;
};

export function selectRecords(earlier: ReadonlyMap<string, ExchangeLedgerRow>): RecordSelection {
  const now = new Map<string, Map<string, string>>();
  const byAttachment = new Map<string, { pairingId: string; key: string }[]>();
  const missing = new Set<string>();
  let included = 0;
  const changesSince = Object.fromEntries([...earlier.values()].map((r) => [r.pairingId, new Date(r.sentAt).toISOString()]));
  return {
    include(kind, record) {
      const key = `${kind}/${record.id}`;
      const version = recordVersion(record);
      if (earlier.get(record.pairingId)?.records[key] === version) return false;
      let ofPairing = now.get(record.pairingId);
      if (!ofPairing) now.set(record.pairingId, (ofPairing = new Map()));
      ofPairing.set(key, version);
      for (const a of declarationOf(kind)?.attachments ?? []) {
        const sha = record[a.field];
        if (typeof sha !== 'string') continue;
        const list = byAttachment.get(sha) ?? [];
        list.push({ pairingId: record.pairingId, key });
        byAttachment.set(sha, list);
      }
      included += 1;
      return true;
    },
    lacking(sha256) {
      missing.add(sha256);
    },
    get included() {
      return included;
    },
    changesSince,
    sent() {
      const out = new Map<string, Record<string, string>>();
      for (const pairingId of new Set([...earlier.keys(), ...now.keys()])) {
        out.set(pairingId, { ...earlier.get(pairingId)?.records, ...Object.fromEntries(now.get(pairingId) ?? []) });
      }
      for (const sha of missing) for (const { pairingId, key } of byAttachment.get(sha) ?? []) delete out.get(pairingId)![key];
      return out;
    },
  };
}

/** After a bundle is saved: the partner now holds what it selected, as of `sentAt`. */
export async function rememberSent(db: PonteDatabase, partner: string, pairingIds: readonly string[], selection: RecordSelection, sentAt: number): Promise<void> {
  const name = partnerName(partner);
  const key = partnerKey(partner);
  const sent = selection.sent();
  await db.transaction('rw', db.exchangeLedger, () =>
    db.exchangeLedger.bulkPut(pairingIds.map((pairingId) => ({ partnerKey: key, pairingId, partner: name, sentAt, records: sent.get(pairingId) ?? {} }))),
  );
}
