import type { Pairing } from './pairing';
import type { Agreement } from './agreement';
import type { Assignment, Position } from './team';

/** A pairing and everything its dossier holds, as plain data (no clock stamps). */
export type PairingBundle = {
  pairing: Pairing;
  agreements: Agreement[];
  positions: Position[];
  assignments: Assignment[];
};
