import { backoffDelay } from './scheduler';

describe('sync backoff', () => {
  it('doubles after each failure, with jitter, up to five minutes', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, mid))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffDelay(30, mid)).toBe(300_000);
    expect(backoffDelay(1, () => 0)).toBe(1500);
    expect(backoffDelay(1, () => 0.999)).toBeLessThanOrEqual(2500);
  });
});
