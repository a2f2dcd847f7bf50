import type { Document } from 'docx';
import type { Label, Lang } from '../shared/i18n/langs';
import type { PairingBundle } from '../shared/model/bundle';
import type { DocPhoto } from '../shared/missions/doc-data';
import { buildDossierDocument } from '../shared/docs/dossier';
import { buildStakeholderDocument } from '../shared/docs/stakeholders';
import { sampleStakeholders } from '../shared/stakeholders/sample';
import { MISSION_DOCUMENT_KINDS } from '../shared/missions/document-kinds';
import { UCAP_DOCUMENT_KINDS } from '../shared/ucap/document-kinds';

/** What a document kind gets to build from: one pairing, the language, its labels and the day. */
export type DocumentInput = { bundle: PairingBundle; lang: Lang; t: Label; today: string; photos?: DocPhoto[] };

/**
 * Every kind of document Ponte exports, by the name its files carry
 * ("dossier-pt.docx"). A new kind (UCAP, mission agenda, mission report,
 * stakeholder list) joins the sample script and its end-to-end test with one entry.
 */
export const DOCUMENT_KINDS: Record<string, (input: DocumentInput) => Document> = {
  dossier: ({ bundle, lang, t, today }) => buildDossierDocument(bundle, { lang, t, today }),
  stakeholders: ({ bundle, lang, t }) => buildStakeholderDocument({ pairing: bundle.pairing, stakeholders: sampleStakeholders(bundle.pairing.id), lang, t }),
  ...MISSION_DOCUMENT_KINDS,
  ...UCAP_DOCUMENT_KINDS,
};
