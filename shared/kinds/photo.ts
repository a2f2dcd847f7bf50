import { photoSchema } from '../missions/report';
import { defineKind } from './define';

export const photoKind = defineKind({
  kind: 'photo',
  schema: photoSchema,
  table: 'photos',
  indexes: ['pairingId', 'missionId', 'sha256', 'thumbSha256'],
  fields: {
    deleted: 'value', missionId: 'value', sha256: 'value', thumbSha256: 'value', mimeType: 'value', size: 'value', width: 'value', height: 'value', fileName: 'value', caption: 'longText',
    agendaItemId: 'value',
  },
  parent: { kind: 'mission', field: 'missionId' },
  attachments: [
    { field: 'sha256', role: 'original', mimeField: 'mimeType' },
    { field: 'thumbSha256', role: 'thumbnail' },
  ],
  bin: 'listed',
  textLabels: { caption: 'missions:photos.caption' },
  describe: (p) => p.caption || p.fileName,
});
