import type { Document } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import type { PairingBundle } from '../model/bundle';
import { buildMissionAgendaDocument } from '../docs/mission-agenda';
import { buildMissionReportDocument } from '../docs/mission-report';
import type { DocPhoto } from './doc-data';
import { sampleMissionDocData } from './sample';

/** The photos come from the caller: reading image files is the platform's job, not the domain's. */
type Input = { bundle: PairingBundle; lang: Lang; t: Label; today: string; photos?: DocPhoto[] };

/** The two mission documents for the sample script, from the sample missions of the showcase pairing. */
export const MISSION_DOCUMENT_KINDS: Record<string, (input: Input) => Document> = {
  'mission-agenda': ({ bundle, lang, t, today }) => buildMissionAgendaDocument(sampleMissionDocData(bundle, 'sample-mission-cartagena-malaga-2'), { lang, t, today }),
  'mission-report': ({ bundle, lang, t, today, photos }) => buildMissionReportDocument(sampleMissionDocData(bundle, undefined, photos), { lang, t, today }),
};
