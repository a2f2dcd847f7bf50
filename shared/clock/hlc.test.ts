import fc from 'fast-check';
import { ClockDriftError, MAX_DRIFT_MS, formatStamp, compareStamps, createClock, parseStamp, receive, tick } from './hlc';

describe('hybrid logical clock', () => {
  it('stamps later local events higher even when the wall clock goes back', () => {
    let clock = createClock('a1');
    const first = tick(clock, 10_000);
    clock = first.state;
    const second = tick(clock, 9_000); // the system clock was set back
    expect(compareStamps(second.stamp, first.stamp)).toBe(1);
    expect(parseStamp(second.stamp).millis).toBe(10_000);
    expect(parseStamp(second.stamp).counter).toBe(1);
  });

  it('orders a received stamp before anything stamped after it', () => {
    const remote = tick(createClock('b2'), 50_000).stamp;
    const local = receive(createClock('a1'), remote, 20_000);
    const after = tick(local, 20_001).stamp;
    expect(compareStamps(after, remote)).toBe(1);
  });

  it('breaks ties between devices by device id, the same way everywhere', () => {
    const a = tick(createClock('aaa'), 1000).stamp;
    const b = tick(createClock('bbb'), 1000).stamp;
    expect(compareStamps(a, b)).toBe(-1);
    expect(compareStamps(b, a)).toBe(1);
  });

  it('refuses a stamp from a clock far in the future instead of adopting it', () => {
    const now = 1_000_000;
    const farAhead = tick(createClock('bad'), now + MAX_DRIFT_MS + 1).stamp;
    expect(() => receive(createClock('a1'), farAhead, now)).toThrow(ClockDriftError);
    const nearAhead = tick(createClock('ok'), now + MAX_DRIFT_MS - 1).stamp;
    expect(() => receive(createClock('a1'), nearAhead, now)).not.toThrow();
  });

  it('moves on to the next millisecond when one millisecond holds too many local events, never throwing', () => {
    let clock = createClock('a1');
    for (let i = 0; i <= 0xffff; i++) clock = tick(clock, 5).state;
    expect(clock).toMatchObject({ millis: 5, counter: 0xffff });
    const next = tick(clock, 5);
    expect(parseStamp(next.stamp)).toMatchObject({ millis: 6, counter: 0 });
    expect(compareStamps(next.stamp, formatStamp(5, 0xffff, 'a1'))).toBe(1);
    // The wall clock catching up continues from there.
    expect(parseStamp(tick(next.state, 6).stamp)).toMatchObject({ millis: 6, counter: 1 });
  });

  it('moves on to the next millisecond when a received stamp fills the counter, never throwing', () => {
    const now = 1_000_000;
    const full = formatStamp(now + 299_000, 0xffff, 'bbb');
    const state = receive(createClock('a1'), full, now);
    expect(state).toMatchObject({ millis: now + 299_001, counter: 0 });
    expect(compareStamps(tick(state, now).stamp, full)).toBe(1);
    const nearlyFull = receive(createClock('a1'), formatStamp(now + 299_000, 0xfffe, 'bbb'), now);
    expect(nearlyFull).toMatchObject({ millis: now + 299_000, counter: 0xffff });
    // Full on both sides, and many events after it: each one later than the last.
    let last = '';
    let clock = receive(nearlyFull, formatStamp(now + 299_000, 0xffff, 'ccc'), now);
    for (let i = 0; i < 70_000; i++) {
      const t = tick(clock, now);
      expect(t.stamp > last).toBe(true);
      last = t.stamp;
      clock = t.state;
    }
  });

  it('rejects malformed stamps and device ids', () => {
    expect(() => parseStamp('12-3-x')).toThrow();
    expect(() => createClock('Has Spaces')).toThrow();
  });

  it('is strictly monotonic over any sequence of local and remote events', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.record({ kind: fc.constant('local' as const), now: fc.nat(1e9) }), fc.record({ kind: fc.constant('remote' as const), now: fc.nat(1e9), remote: fc.nat(1e9) }))),
        (events) => {
          let clock = createClock('dev');
          let last = '';
          for (const e of events) {
            if (e.kind === 'remote') {
              const stamp = tick(createClock('zzz'), Math.min(e.remote, e.now + MAX_DRIFT_MS)).stamp;
              clock = receive(clock, stamp, e.now);
            }
            const t = tick(clock, e.now);
            if (compareStamps(t.stamp, last) !== 1) return false;
            last = t.stamp;
            clock = t.state;
          }
          return true;
        },
      ),
      { seed: 20261124, numRuns: 300 },
    );
  });
});
