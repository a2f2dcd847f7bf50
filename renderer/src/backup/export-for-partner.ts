import type { PonteDatabase } from '../db/database';
import { exportBundle, type ExportOptions } from './export-bundle';
import { ledgerOf, partnerName, rememberSent, selectRecords } from './exchange-ledger';

// Pairings handed to a partner (the exchange screen's export): the bundle is
// made, given to `save` (the save dialog or a download), and only once it is
// saved does the exchange ledger learn what that partner now holds. A save
// cancelled or failed leaves the ledger as it was, so the next bundle limited
// to what changed still carries everything this one would have.

export type PartnerExport = {
  pairingIds: readonly string[];
  /** Who receives it, as typed; empty: nobody named, nothing remembered (the file holds everything). */
  partner: string;
  /** Only what changed since the last bundle for this partner (pairings they never got go whole). */
  onlyChanges: boolean;
};

export type PartnerExportOutcome =
  | { status: 'saved'; records: number }
  | { status: 'cancelled' }
  /** Limited to what changed, and nothing had: no file was offered. */
  | { status: 'nothingChanged' };

/** `save` answers true when saved, false when the user cancelled, and throws when it failed. */
export async function exportForPartner(
  db: PonteDatabase,
  request: PartnerExport,
  save: (blob: Blob) => Promise<boolean>,
  options: ExportOptions = {},
): Promise<PartnerExportOutcome> {
  const partner = partnerName(request.partner);
  const now = options.now ?? new Date();
  const earlier = partner && request.onlyChanges ? await ledgerOf(db, partner, request.pairingIds) : new Map();
  const select = selectRecords(earlier);
  const blob = await exportBundle(db, { type: 'pairings', pairingIds: request.pairingIds, select }, { ...options, now });
  if (request.onlyChanges && select.included === 0) return { status: 'nothingChanged' };
  if (!(await save(blob))) return { status: 'cancelled' };
  if (partner) await rememberSent(db, partner, request.pairingIds, select, now.getTime());
  return { status: 'saved', records: select.included };
}
