import { receiveAll, tick, type HlcState } from '../../shared/clock/hlc';
import type { Change } from '../../shared/sync/change';

// Each pairing's own hybrid logical clock (device id 'server'), kept in its
// pairings row beside the sequence it numbers records with, and read and
// written under the per-pairing advisory lock of the push: several instances
// share it, a rolled-back push leaves it as it was, and no pairing's stamps
// (or clock jumps) reach another's.

export type PairingState = { lastSeq: number; clock: HlcState };

export const pairingClock = (millis: number | string, counter: number | string): HlcState => ({ millis: Number(millis), counter: Number(counter), deviceId: 'server' });

/**
 * Per pairing, a stamp source over its clock after folding in the stamps of
 * that pairing's changes of the batch, so the stamps the server then makes
 * (for conflicts) order after them. Stamps the planner will refuse are left out.
 */
export function pairingStamper(states: ReadonlyMap<string, PairingState>, changes: readonly Change[], now: number) {
  const clocks = new Map<string, HlcState>();
  for (const [pairingId, state] of states) {
    clocks.set(pairingId, receiveAll(state.clock, changes.filter((c) => c.pairingId === pairingId).map((c) => c.hlc), now));
  }
  return {
    stamp(pairingId: string): string {
      const next = tick(clocks.get(pairingId) ?? pairingClock(0, 0), now);
      clocks.set(pairingId, next.state);
      return next.stamp;
    },
    /** The clocks as they stand now, to save. */
    clocks: (): ReadonlyMap<string, HlcState> => clocks,
  };
}
