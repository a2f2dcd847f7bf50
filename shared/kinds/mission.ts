import { missionSchema } from '../missions/mission';
import { defineKind } from './define';
import { pickText } from '../text/localized';

export const missionKind = defineKind({
  kind: 'mission',
  schema: missionSchema,
  table: 'missions',
  indexes: ['pairingId'],
  fields: {
    deleted: 'value', title: 'value', direction: 'value', hostMunicipalityId: 'value', hostZone: 'value', visitorZone: 'value', startDate: 'value', endDate: 'value', status: 'value',
    objectives: 'localizedText', delegation: 'value', logistics: 'value', findings: 'longText', lessons: 'longText', goodPractices: 'longText', writtenIn: 'value',
  },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  textLabels: { objectives: 'missions:editor.objectives', findings: 'missions:report.findings', lessons: 'missions:report.lessons', goodPractices: 'missions:report.goodPractices' },
  describe: (m, lang) => m.title || pickText(m.objectives, lang).text,
});
