import { revertRefused } from './revert';
import type { AnyStored } from '../model/records';

const server: AnyStored = { id: 'p1', pairingId: 'p1', deleted: false, startDate: '2026-09-01', endDate: null, summary: { es: 'Servidor' }, stamps: { deleted: 's0', startDate: 's2', endDate: 's0', 'summary.es': 's1' } };

describe('undoing refused changes on a device', () => {
  it('puts back the server value and stamp of every field a refused change set, and leaves the others', () => {
    const local: AnyStored = { ...server, startDate: '2026-09-01', endDate: '2026-05-01', summary: { es: 'Servidor', pt: 'Local' }, stamps: { ...server.stamps, endDate: 'r1', 'summary.pt': 'r1', 'summary.es': 's1' } };
    const reverted = revertRefused(local, server, new Set(['r1']))!;
    expect(reverted).toEqual({ ...server, summary: { es: 'Servidor' } });
  });

  it('removes a record that exists only because of refused changes', () => {
    const local: AnyStored = { id: 'a1', pairingId: 'p1', deleted: false, title: 'x', stamps: { deleted: 'r1', title: 'r1' } };
    expect(revertRefused(local, null, new Set(['r1']))).toBeNull();
  });

  it('keeps later local edits that were not refused', () => {
    const local: AnyStored = { ...server, endDate: '2026-12-01', stamps: { ...server.stamps, endDate: 'l9' } };
    expect(revertRefused(local, server, new Set(['r1']))).toBe(local);
  });
});
