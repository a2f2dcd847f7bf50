// Hybrid logical clock. A stamp orders changes across devices even when their
// wall clocks disagree, and breaks ties by device id, so every replica sorts
// the same changes the same way.
//
// A stamp is a fixed-width string that sorts lexicographically in time order:
//   "<millis, 15 digits>-<counter, 4 hex digits>-<deviceId>"

export type HlcState = { readonly millis: number; readonly counter: number; readonly deviceId: string };

const MILLIS_WIDTH = 15;
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 0xffff;
/** A remote stamp more than this far ahead of our wall clock is refused. */
export const MAX_DRIFT_MS = 5 * 60 * 1000;

export class ClockDriftError extends Error {
  constructor(readonly driftMs: number) {
    super(`clock drift of ${Math.round(driftMs / 1000)} s exceeds the limit of ${MAX_DRIFT_MS / 1000} s`);
    this.name = 'ClockDriftError';
  }
}

const DEVICE_ID = /^[0-9a-z]{1,32}$/;

export function createClock(deviceId: string): HlcState {
  if (!DEVICE_ID.test(deviceId)) throw new Error(`invalid device id: ${deviceId}`);
  return { millis: 0, counter: 0, deviceId };
}

export function formatStamp(millis: number, counter: number, deviceId: string): string {
  return `${String(millis).padStart(MILLIS_WIDTH, '0')}-${counter.toString(16).padStart(COUNTER_WIDTH, '0')}-${deviceId}`;
}

export type ParsedStamp = { millis: number; counter: number; deviceId: string };

export function parseStamp(stamp: string): ParsedStamp {
  const match = /^(\d{15})-([0-9a-f]{4})-([0-9a-z]{1,32})$/.exec(stamp);
  if (!match) throw new Error(`invalid clock stamp: ${stamp}`);
  return { millis: Number(match[1]), counter: parseInt(match[2]!, 16), deviceId: match[3]! };
}

/**
 * A counter past its maximum carries into the physical part, as hybrid logical
 * clocks do: the clock runs a millisecond ahead of the wall clock until the
 * wall clock catches up. Throwing instead let one stamp near the counter's end
 * stop every later event of that millisecond.
 */
function carried(millis: number, counter: number, deviceId: string): HlcState {
  return counter > MAX_COUNTER ? { millis: millis + 1, counter: 0, deviceId } : { millis, counter, deviceId };
}

/** Advances the clock for a local event; returns the new state and the stamp for the event. */
export function tick(state: HlcState, now: number): { state: HlcState; stamp: string } {
  const millis = Math.max(state.millis, now);
  const next = carried(millis, millis === state.millis ? state.counter + 1 : 0, state.deviceId);
  return { state: next, stamp: formatStamp(next.millis, next.counter, next.deviceId) };
}

/** Folds a stamp received from elsewhere into the clock, refusing one too far in the future. */
export function receive(state: HlcState, remoteStamp: string, now: number): HlcState {
  const remote = parseStamp(remoteStamp);
  if (remote.millis - now > MAX_DRIFT_MS) throw new ClockDriftError(remote.millis - now);
  const millis = Math.max(state.millis, remote.millis, now);
  let counter: number;
  if (millis === state.millis && millis === remote.millis) counter = Math.max(state.counter, remote.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  return carried(millis, counter, state.deviceId);
}

/** -1, 0 or 1: the fixed-width format makes string order the clock's order. */
export function compareStamps(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Folds every stamp of a batch into a clock, so stamps made after order after
 * them. Stamps that would be refused (unreadable, too far ahead) are left out:
 * whoever received them refuses them with a reason of their own.
 */
export function receiveAll(state: HlcState, stamps: readonly string[], now: number): HlcState {
  let next = state;
  for (const stamp of stamps) {
    try {
      next = receive(next, stamp, now);
    } catch {
      // refused elsewhere, never adopted
    }
  }
  return next;
}
