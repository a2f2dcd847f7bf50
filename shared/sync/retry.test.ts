import { formatStamp } from '../clock/hlc';
import { newPairingFields } from '../model/defaults';
import type { Change } from './change';
import { MemoryServer } from './memory-server';

// A batch whose answer was lost is sent again, maybe after others have built
// on it. The retry must change nothing and invent no conflict.

const at = Date.UTC(2026, 10, 24, 9);
const P = 'p-retry';
let n = 0;
const change = (device: string, millis: number, fields: Record<string, unknown>, seen?: Record<string, string | null>): Change => ({
  id: `ch-${++n}`,
  kind: 'pairing',
  recordId: P,
  pairingId: P,
  fields,
  hlc: formatStamp(millis, 0, device),
  ...(seen ? { seen } : {}),
});

function sharedPairing() {
  const server = new MemoryServer();
  server.share(P, 'team');
  const created = change('deva', at, newPairingFields({ id: 'eu1', name: 'Málaga', country: 'ES' }, { id: 'lac1', name: 'Cartagena de Indias', country: 'CO' }));
  expect(server.push('team', [created], at).status).toBe(200);
  const feed = () => server.pull('team', P, 0, 100, at).body!.records;
  return { server, feed };
}

describe('a batch sent again', () => {
  it('keeps no conflict when the long text it set was since edited by someone who had seen it', () => {
    const { server, feed } = sharedPairing();
    const fromA = change('deva', at + 1_000, { 'summary.es': 'Texto de Málaga' }, { 'summary.es': null });
    expect(server.push('team', [fromA], at).body.results[0]!.status).toBe('applied'); // …and the answer is lost
    // Device B pulled that text and wrote over it, having seen it.
    const fromB = change('devb', at + 2_000, { 'summary.es': 'Texto revisado en Cartagena' }, { 'summary.es': fromA.hlc });
    expect(server.push('team', [fromB], at).status).toBe(200);
    const retry = server.push('team', [fromA], at);
    expect(retry.body.results).toEqual([{ id: fromA.id, status: 'duplicate' }]);
    expect(feed().filter((r) => r.kind === 'conflict')).toEqual([]);
    expect(feed().find((r) => r.kind === 'pairing')!.record.summary).toMatchObject({ es: 'Texto revisado en Cartagena' });
  });

  it('does keep as a conflict a long text that arrives for the first time after a concurrent edit', () => {
    const { server, feed } = sharedPairing();
    const fromA = change('deva', at + 1_000, { 'summary.es': 'Texto de Málaga' }, { 'summary.es': null });
    const fromB = change('devb', at + 2_000, { 'summary.es': 'Texto de Cartagena' }, { 'summary.es': null });
    expect(server.push('team', [fromB], at).status).toBe(200);
    expect(server.push('team', [fromA], at).body.results[0]!.status).toBe('applied');
    expect(feed().filter((r) => r.kind === 'conflict').map((r) => r.record.losingValue)).toEqual(['Texto de Málaga']);
  });

  it('writes nothing for a change every field of which already holds it, and says it was a duplicate', () => {
    const { server, feed } = sharedPairing();
    const closed = change('deva', at + 1_000, { status: 'closed' });
    expect(server.push('team', [closed], at).body.results[0]!.status).toBe('applied');
    const cursor = Math.max(...feed().map((r) => r.seq));
    expect(server.push('team', [closed], at).body.results).toEqual([{ id: closed.id, status: 'duplicate' }]);
    expect(server.pull('team', P, cursor, 100, at).body!.records).toEqual([]);
  });

  it('sends each record once, in its latest state, whatever the number of changes it took', () => {
    const { server, feed } = sharedPairing();
    const edits = ['active', 'closed', 'active'].map((status, i) => change('deva', at + 1_000 * (i + 1), { status }));
    expect(server.push('team', edits, at).status).toBe(200);
    expect(feed().map((r) => [r.kind, r.record.status])).toEqual([['pairing', 'active']]);
  });
});
