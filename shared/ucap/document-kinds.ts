import type { Document } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import type { PairingBundle } from '../model/bundle';
import { buildUcapDocument } from '../docs/ucap';
import { sampleUcapContent } from './sample';

type Input = { bundle: PairingBundle; lang: Lang; t: Label; today: string };

/** The UCAP document for the sample script, from the sample UCAP of the showcase pairing. */
export const UCAP_DOCUMENT_KINDS: Record<string, (input: Input) => Document> = {
  ucap: ({ bundle, lang, t, today }) => buildUcapDocument({ pairing: bundle.pairing, content: sampleUcapContent() }, { lang, t, today }),
};
