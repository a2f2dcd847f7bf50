import { receive, tick, type HlcState } from '../../shared/clock/hlc';
import type { Queryable } from '../db/db';

// The server's own hybrid logical clock (device id 'server'), kept in the
// database beside the data it stamps and locked for the push transaction:
// several instances share one clock, and a rolled-back push leaves it as it was.

export async function lockServerClock(tx: Queryable): Promise<HlcState> {
  const [row] = await tx.query<{ millis: number | string; counter: number }>('select millis, counter from server_clock for update');
  return { millis: Number(row?.millis ?? 0), counter: Number(row?.counter ?? 0), deviceId: 'server' };
}

export async function saveServerClock(tx: Queryable, state: HlcState): Promise<void> {
  await tx.query('update server_clock set millis = $1, counter = $2', [state.millis, state.counter]);
}

/**
 * Folds every stamp of a batch into the clock, so the stamps the server then
 * makes (for conflicts) order after them. Stamps the batch planner will
 * refuse (unreadable, too far ahead) are left out.
 */
export function receiveAll(state: HlcState, stamps: readonly string[], now: number): HlcState {
  let next = state;
  for (const stamp of stamps) {
    try {
      next = receive(next, stamp, now);
    } catch {
      // refused by planPush with its own reason
    }
  }
  return next;
}

/** A stamp source over a clock state, returning the state it leaves. */
export function stamper(start: HlcState, now: number): { stamp: () => string; state: () => HlcState } {
  let state = start;
  return {
    stamp: () => {
      const next = tick(state, now);
      state = next.state;
      return next.stamp;
    },
    state: () => state,
  };
}
