import { agreementSchema } from '../model/agreement';
import { defineKind } from './define';

export const agreementKind = defineKind({
  kind: 'agreement',
  schema: agreementSchema,
  table: 'agreements',
  indexes: ['pairingId'],
  fields: { deleted: 'value', title: 'value', signedOn: 'value', signatories: 'longText', copyLocation: 'longText', writtenIn: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  textLabels: { signatories: 'ui:agreements.signatories', copyLocation: 'ui:agreements.copyLocation' },
  describe: (a) => a.title,
});
