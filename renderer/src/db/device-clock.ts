import type { PonteDatabase } from './database';
import { createClock, type HlcState } from '../../../shared/clock/hlc';

const CLOCK_KEY = 'clock';

function randomDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 16);
}

/**
 * This device's clock, read inside the caller's transaction. It is saved only
 * with the data it stamps (same transaction), so a crash cannot leave stamps
 * that the stored clock has not seen.
 */
export async function readClock(db: PonteDatabase): Promise<HlcState> {
  const row = await db.meta.get(CLOCK_KEY);
  return (row?.value as HlcState | undefined) ?? createClock(randomDeviceId());
}

export async function saveClock(db: PonteDatabase, clock: HlcState): Promise<void> {
  await db.meta.put({ key: CLOCK_KEY, value: clock });
}
