import type { Document } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import type { PairingBundle } from '../model/bundle';
import { buildMissionAgendaDocument } from '../docs/mission-agenda';
import { buildMissionReportDocument } from '../docs/mission-report';
import { sampleMissionDocData } from './sample';

type Input = { bundle: PairingBundle; lang: Lang; t: Label; today: string };

/** The two mission documents for the sample script, from the sample missions of the showcase pairing. */
export const MISSION_DOCUMENT_KINDS: Record<string, (input: Input) => Document> = {
  'mission-agenda': ({ bundle, lang, t, today }) => buildMissionAgendaDocument(sampleMissionDocData(bundle, 'sample-mission-cartagena-malaga-2'), { lang, t, today }),
  'mission-report': ({ bundle, lang, t, today }) => buildMissionReportDocument(sampleMissionDocData(bundle), { lang, t, today }),
};
