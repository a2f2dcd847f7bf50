import type { Lang } from '../../../shared/i18n/langs';
import type { PairingBundle } from '../../../shared/model/bundle';
import { pairingName } from '../../../shared/model/pairing';
import { exportFileName, type ExportedFile } from './exported-file';
import { DOCX_MIME } from '../../../shared/docs/mime';

/**
 * Builds the dossier as a .docx in `lang`. The document code (docx and the
 * builders) is loaded here, when first used, not at the app's start.
 */
export async function exportDossier(bundle: PairingBundle, lang: Lang, today: string): Promise<ExportedFile> {
  const [{ buildDossierDocument }, { packDocument }, { labelsFor }] = await Promise.all([
    import('../../../shared/docs/dossier'),
    import('../../../shared/docs/pack'),
    import('../../../locales/labels'),
  ]);
  const doc = buildDossierDocument(bundle, { lang, t: labelsFor(lang), today });
  return { name: exportFileName(pairingName(bundle.pairing), `dossier-${lang}`, 'docx'), data: await packDocument(doc), mimeType: DOCX_MIME };
}
