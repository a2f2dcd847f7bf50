import { freshDatabase } from '../db/test-db';
import { createPairing } from '../db/pairings-repo';
import { createRecord } from '../db/records-repo';
import { pendingChanges } from '../db/outbox';
import { PonteDatabase } from '../db/database';
import { newAgreementFields } from '../../../shared/model/defaults';
import { MemoryServer } from '../../../shared/sync/memory-server';
import type { Change } from '../../../shared/sync/change';
import { asNewerVersion, NEWER_DB_VERSIONS, newerStamp } from '../../../test/newer-version';
import { memoryApi } from './memory-api';
import { syncOnce } from './engine';
import { applyKeptChanges } from './apply-remote';

// Installations update at different times. A version that knows one kind and
// one field more than another must sync with it both ways without failing,
// and what the older one set aside is applied once it upgrades.

const newer = asNewerVersion;
const newerVersions = NEWER_DB_VERSIONS;
const stamp = newerStamp;
const at = Date.now();

async function sharedPairing(server: MemoryServer, db: PonteDatabase) {
  const pairingId = await createPairing(db, { name: 'Viana do Castelo', country: 'PT' }, { name: 'São Leopoldo', country: 'BR' });
  server.share(pairingId, 'ana');
  await db.syncPairings.put({ pairingId, cursor: 0, lastSyncedAt: null, error: null, role: 'coordinator' });
  return pairingId;
}

describe('versions that meet', () => {
  it('an older device pulls a newer kind and field without failing, keeps them aside, and applies them after upgrading', async () => {
    const server = new MemoryServer();
    const older = freshDatabase();
    const pairingId = await sharedPairing(server, older);
    const agreementId = await createRecord(older, 'agreement', pairingId, newAgreementFields('Memorando de entendimiento'));
    await syncOnce(older, memoryApi(server, 'ana'));

    // A newer device, through a newer server, adds a site visit and a witness to the agreement.
    const fromNewer: Change[] = [
      { id: 'n1', kind: 'siteVisit', recordId: 'sv1', pairingId, fields: { deleted: false, place: 'Parque da Cidade' }, hlc: stamp(1) },
      { id: 'n2', kind: 'agreement', recordId: agreementId, pairingId, fields: { witness: 'Câmara Municipal', title: 'Memorando firmado' }, hlc: stamp(2) },
    ];
    await newer(async () => expect(server.push('ana', fromNewer, at + 10).status).toBe(200));

    await syncOnce(older, memoryApi(server, 'ana'));
    const agreement = await older.agreements.get(agreementId);
    expect(agreement).toMatchObject({ title: 'Memorando firmado' });
    expect(agreement).not.toHaveProperty('witness');
    expect((await older.laterChanges.toArray()).map((r) => r.kind).sort()).toEqual(['agreement', 'siteVisit']);
    expect(await applyKeptChanges(older)).toBe(0); // still the older version: nothing it can apply yet
    older.close();

    // The same device after an upgrade: the new table, the new declarations.
    await newer(async () => {
      const upgraded = new PonteDatabase(older.name, newerVersions);
      await upgraded.open();
      expect(await applyKeptChanges(upgraded)).toBe(2);
      expect(await upgraded.table('siteVisits').get('sv1')).toMatchObject({ place: 'Parque da Cidade', pairingId });
      expect(await upgraded.agreements.get(agreementId)).toMatchObject({ title: 'Memorando firmado', witness: 'Câmara Municipal' });
      expect(await upgraded.laterChanges.count()).toBe(0);
      upgraded.close();
    });
  });

  it('an older server refuses a newer kind and field per change; the device sends the rest and holds those until the server upgrades', async () => {
    const server = new MemoryServer();
    // The newer app, with its database of one version more.
    const device = new PonteDatabase(freshDatabase().name, newerVersions);
    const pairingId = await sharedPairing(server, device);
    await syncOnce(device, memoryApi(server, 'ana'));
    // What a newer app wrote on this device: a site visit, a witness, and an ordinary agreement.
    const agreementId = await createRecord(device, 'agreement', pairingId, newAgreementFields('Acta de la primera misión'));
    await device.outbox.add({
      id: '0'.repeat(8),
      pairingIds: [pairingId],
      createdAt: at,
      changes: [
        { id: 'v1', kind: 'siteVisit', recordId: 'sv2', pairingId, fields: { deleted: false, place: 'Praça da República' }, hlc: stamp(1) },
        { id: 'v2', kind: 'agreement', recordId: agreementId, pairingId, fields: { witness: 'Prefeitura' }, hlc: stamp(2) },
      ],
    });

    const outcome = await syncOnce(device, memoryApi(server, 'ana'));
    expect(outcome.held.map((h) => [h.change.id, h.reason]).sort()).toEqual([
      ['v1', 'unknownKind'],
      ['v2', 'unknownField'],
    ]);
    expect(server.records().find((r) => r.id === agreementId)).toMatchObject({ title: 'Acta de la primera misión' });
    expect((await pendingChanges(device)).map((c) => c.id).sort()).toEqual(['v1', 'v2']);
    expect(await device.failedChanges.count()).toBe(0);

    await newer(async () => {
      const again = await syncOnce(device, memoryApi(server, 'ana'));
      expect(again.held).toEqual([]);
      expect(server.records().find((r) => r.id === 'sv2')).toMatchObject({ place: 'Praça da República' });
      expect(server.records().find((r) => r.id === agreementId)).toMatchObject({ witness: 'Prefeitura' });
    });
    expect(await pendingChanges(device)).toEqual([]);
  });
});
