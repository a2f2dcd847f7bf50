import { withSyncServer } from '../e2e/helpers/sync-server';
import type { Db } from '../../server/db/db';
import { freshDatabase } from '../../renderer/src/db/test-db';
import { PonteDatabase } from '../../renderer/src/db/database';
import { createPairing } from '../../renderer/src/db/pairings-repo';
import { createRecord } from '../../renderer/src/db/records-repo';
import { pendingChanges } from '../../renderer/src/db/outbox';
import { accountApi } from '../../renderer/src/sync/account-api';
import { followPairing } from '../../renderer/src/sync/sync-settings';
import { createHttpSyncApi } from '../../renderer/src/sync/sync-api';
import { syncOnce } from '../../renderer/src/sync/engine';
import { applyKeptChanges } from '../../renderer/src/sync/apply-remote';
import { asNewerVersion, NEWER_DB_VERSIONS, newerStamp } from '../newer-version';
import { newAgreementFields } from '../../shared/model/defaults';

// The same meeting of versions as renderer/src/sync/versions-meet.test.ts,
// over real HTTP against the real server on PGlite: the wire schemas of both
// sides must let a kind and a field of a newer version through.

const newer = asNewerVersion;
const newerVersions = NEWER_DB_VERSIONS;
const stamp = newerStamp;

/** What a newer server would hold: records it wrote under its own declarations, numbered in the pairing's feed. */
async function storeAsNewerServer(db: Db, pairingId: string, kind: string, record: Record<string, unknown>) {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ last_seq: string | number }>('update pairings set last_seq = last_seq + 1 where id = $1 returning last_seq', [pairingId]);
    const seq = Number(row!.last_seq);
    const updated = await tx.query('update records set data = $4::json, seq = $5 where kind = $1 and id = $2 and pairing_id = $3 returning id', [kind, record.id, pairingId, JSON.stringify(record), seq]);
    if (updated.length === 0) await tx.query('insert into records (kind, id, pairing_id, seq, data) values ($1, $2, $3, $4, $5::json)', [kind, record.id, pairingId, seq, JSON.stringify(record)]);
  });
}

describe('versions that meet, over HTTP', () => {
  const server = withSyncServer();
  let url: string;
  let db: Db;
  beforeAll(() => {
    ({ url, db } = server);
  });

  async function sharedDevice(email: string, device = freshDatabase()) {
    const session = await accountApi.register(url, email, 'cooperación-2026 São Leopoldo', 'Ana');
    const pairingId = await createPairing(device, { name: 'Viana do Castelo', country: 'PT' }, { name: 'São Leopoldo', country: 'BR' });
    await followPairing(device, pairingId, (await accountApi.share(url, session.token, pairingId)).role);
    const api = createHttpSyncApi(url, session.token);
    return { device, pairingId, api };
  }

  it('an older device pulls a kind and a field it does not know, keeps them aside, and applies them after it upgrades', async () => {
    const { device, pairingId, api } = await sharedDevice('ana.older@viana.example');
    const agreementId = await createRecord(device, 'agreement', pairingId, newAgreementFields('Protocolo de cooperação'));
    await syncOnce(device, api);
    const [stored] = await db.query<{ data: Record<string, unknown> & { stamps: Record<string, string> } }>('select data from records where kind = $1 and id = $2', ['agreement', agreementId]);
    await storeAsNewerServer(db, pairingId, 'agreement', { ...stored!.data, witness: 'Câmara Municipal', stamps: { ...stored!.data.stamps, witness: stamp(1) } });
    await storeAsNewerServer(db, pairingId, 'siteVisit', { id: 'sv1', pairingId, deleted: false, place: 'Parque da Cidade', stamps: { deleted: stamp(2), place: stamp(2) } });

    const outcome = await syncOnce(device, api);
    expect(outcome.held).toEqual([]);
    expect((await device.syncPairings.get(pairingId))?.error).toBeNull();
    expect(await device.agreements.get(agreementId)).not.toHaveProperty('witness');
    expect((await device.laterChanges.toArray()).map((r) => r.kind).sort()).toEqual(['agreement', 'siteVisit']);
    device.close();

    await newer(async () => {
      const upgraded = new PonteDatabase(device.name, newerVersions);
      await upgraded.open();
      expect(await applyKeptChanges(upgraded)).toBe(2);
      expect(await upgraded.agreements.get(agreementId)).toMatchObject({ title: 'Protocolo de cooperação', witness: 'Câmara Municipal' });
      expect(await upgraded.table('siteVisits').get('sv1')).toMatchObject({ place: 'Parque da Cidade' });
      upgraded.close();
    });
  });

  it('an older server refuses a newer kind and field per change: the rest is stored, those wait on the device', async () => {
    const { device, pairingId, api } = await sharedDevice('ana.newer@viana.example', new PonteDatabase(freshDatabase().name, newerVersions));
    await syncOnce(device, api);
    const agreementId = await createRecord(device, 'agreement', pairingId, newAgreementFields('Acta da primeira missão'));
    await device.outbox.add({
      id: '0'.repeat(8),
      pairingIds: [pairingId],
      createdAt: Date.now(),
      changes: [
        { id: 'nv1', kind: 'siteVisit', recordId: 'sv9', pairingId, fields: { deleted: false, place: 'Praça da República' }, hlc: stamp(3) },
        { id: 'nv2', kind: 'agreement', recordId: agreementId, pairingId, fields: { witness: 'Prefeitura' }, hlc: stamp(4) },
      ],
    });
    const outcome = await syncOnce(device, api);
    expect(outcome.held.map((h) => [h.change.id, h.reason]).sort()).toEqual([
      ['nv1', 'unknownKind'],
      ['nv2', 'unknownField'],
    ]);
    const kinds = await db.query<{ kind: string; data: Record<string, unknown> }>('select kind, data from records where pairing_id = $1', [pairingId]);
    expect(kinds.map((r) => r.kind).sort()).toEqual(['agreement', 'pairing']);
    expect(kinds.find((r) => r.kind === 'agreement')!.data).not.toHaveProperty('witness');
    expect((await pendingChanges(device)).map((c) => c.id).sort()).toEqual(['nv1', 'nv2']);
    expect(await device.failedChanges.count()).toBe(0);
  });
});
