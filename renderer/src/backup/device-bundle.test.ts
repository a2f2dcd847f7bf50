import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../../shared/bundle/read';
import { newPairingFields } from '../../../shared/model/defaults';
import { PonteDatabase } from '../db/database';
import { freshDatabase } from '../db/test-db';
import { DB_VERSIONS } from '../db/versions';
import { writeRecords } from '../db/write-path';
import { deviceBundle } from './device-bundle';

async function deviceWithAPairingAndAPhotoBlob(db: PonteDatabase) {
  await writeRecords(db, [{ kind: 'pairing', recordId: 'p1', pairingId: 'p1', fields: { ...newPairingFields({ id: 'm1', name: 'Málaga', country: 'ES' }, { id: 'm2', name: 'Cartagena de Indias', country: 'CO' }) } }]);
  const bytes = new TextEncoder().encode('not really a png');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  await db.blobs.put({ sha256, bytes: bytes.buffer, mimeType: 'image/png', size: bytes.length, kind: 'original', addedAt: 0 });
  return sha256;
}

describe('deviceBundle', () => {
  it('holds every record and every attachment of the device, and reads back as a valid bundle', async () => {
    const db = freshDatabase();
    const sha256 = await deviceWithAPairingAndAPhotoBlob(db);
    const blob = await deviceBundle(db, '0.1.0');
    const contents = await readBundle(blob);
    expect(contents.summary).toMatchObject({ appVersion: '0.1.0', scope: 'device', pairingIds: ['p1'], attachments: 1 });
    expect(contents.records.pairing?.map((p) => p.id)).toEqual(['p1']);
    expect(contents.attachments.map((a) => a.sha256)).toEqual([sha256]);
    expect(new TextDecoder().decode(await contents.attachments[0]!.read())).toBe('not really a png');
  });

  it('backs up a database opened at an older version, skipping tables it does not have yet', async () => {
    const name = `ponte-old-bundle-${Math.random().toString(36).slice(2)}`;
    const old = new PonteDatabase(name, DB_VERSIONS.slice(0, 1));
    await old.open();
    await writeRecords(old, [{ kind: 'pairing', recordId: 'p-old', pairingId: 'p-old', fields: { ...newPairingFields({ id: 'm1', name: 'Porto', country: 'PT' }, { id: 'm2', name: 'Recife', country: 'BR' }) } }]);
    expect(old.tables.map((t) => t.name)).not.toContain('missions');
    const contents = await readBundle(await deviceBundle(old, '0.0.9'));
    expect(contents.records.pairing?.map((p) => p.id)).toEqual(['p-old']);
    expect(contents.summary.counts).toEqual({ pairing: 1 });
    old.close();
  });
});
