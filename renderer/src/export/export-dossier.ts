import type { Lang } from '../../../shared/i18n/langs';
import type { PairingBundle } from '../../../shared/model/bundle';
import { pairingName } from '../../../shared/model/pairing';

export type ExportedFile = { name: string; data: Uint8Array };
export { DOCX_MIME } from '../../../shared/docs/mime';

/** A file name from the pairing's name that every operating system accepts. */
export function exportFileName(bundle: PairingBundle, kind: string, lang: Lang): string {
  const safe = pairingName(bundle.pairing).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${safe} - ${kind}-${lang}.docx`;
}

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
  return { name: exportFileName(bundle, 'dossier', lang), data: await packDocument(doc) };
}
