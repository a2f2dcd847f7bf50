import { pairingName, pairingSchema } from '../model/pairing';
import { defineKind } from './define';

export const pairingKind = defineKind({
  kind: 'pairing',
  schema: pairingSchema,
  table: 'pairings',
  indexes: [],
  fields: { deleted: 'value', eu: 'value', lac: 'value', themes: 'value', frameworks: 'value', startDate: 'value', endDate: 'value', status: 'value', summary: 'localizedText' },
  attachments: [],
  bin: 'listed',
  textLabels: { summary: 'ui:dossier.summary' },
  describe: (p) => pairingName(p),
});
