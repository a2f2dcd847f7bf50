import { ucapSnapshotSchema } from '../ucap/snapshot';
import { defineKind } from './define';

export const ucapSnapshotKind = defineKind({
  kind: 'ucapSnapshot',
  schema: ucapSnapshotSchema,
  table: 'ucapSnapshots',
  indexes: ['pairingId'],
  // A version is written once and never edited, so its whole content settles as one value.
  fields: { deleted: 'value', name: 'value', takenAt: 'value', status: 'value', content: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  textLabels: {},
  describe: (s) => s.name,
});
