import type { Lang } from '../../../../shared/i18n/langs';
import type { Pairing } from '../../../../shared/model/pairing';
import type { Stakeholder } from '../../../../shared/stakeholders/schema';
import type { CsvDelimiter } from '../../../../shared/stakeholders/csv-export';
import { exportFileName, type ExportedFile } from '../../export/exported-file';
import { pairingName } from '../../../../shared/model/pairing';


function fileName(pairing: Pairing, lang: Lang, extension: string): string {
  return exportFileName(pairingName(pairing), `stakeholders-${lang}`, extension);
}

/** The list as CSV for Excel; the code and the labels load when first used. */
export async function exportStakeholdersCsv(pairing: Pairing, stakeholders: readonly Stakeholder[], lang: Lang, delimiter: CsvDelimiter): Promise<ExportedFile> {
  const [{ stakeholdersCsv }, { labelsFor }] = await Promise.all([import('../../../../shared/stakeholders/csv-export'), import('../../../../locales/labels')]);
  return { name: fileName(pairing, lang, 'csv'), data: stakeholdersCsv(stakeholders, labelsFor(lang), delimiter), mimeType: 'text/csv;charset=utf-8' };
}

/** The list as a landscape Word document; docx loads when first used, not at the app's start. */
export async function exportStakeholdersWord(pairing: Pairing, stakeholders: readonly Stakeholder[], lang: Lang): Promise<ExportedFile> {
  const [{ buildStakeholderDocument }, { packDocument, DOCX_MIME }, { labelsFor }] = await Promise.all([
    import('../../../../shared/docs/stakeholders'),
    import('../../../../shared/docs/pack'),
    import('../../../../locales/labels'),
  ]);
  const doc = buildStakeholderDocument({ pairing, stakeholders, lang, t: labelsFor(lang) });
  return { name: fileName(pairing, lang, 'docx'), data: await packDocument(doc), mimeType: DOCX_MIME };
}
