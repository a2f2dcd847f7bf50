import { ucapRiskSchema } from '../ucap/items';
import { pickText } from '../text/localized';
import { defineKind } from './define';

export const ucapRiskKind = defineKind({
  kind: 'ucapRisk',
  schema: ucapRiskSchema,
  table: 'ucapRisks',
  indexes: ['pairingId'],
  fields: { deleted: 'value', kind: 'value', title: 'localizedText', likelihood: 'value', impact: 'value', mitigation: 'localizedText', owner: 'value', order: 'value', writtenIn: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  ucapVersionList: 'risks',
  textLabels: { title: 'ucap:sections.risks', mitigation: 'ucap:risks.mitigation' },
  describe: (r, lang) => pickText(r.title, lang).text,
});
