import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportModal } from '../../components/ExportModal';
import type { Pairing } from '../../../../shared/model/pairing';
import type { Stakeholder } from '../../../../shared/stakeholders/schema';
import type { CsvDelimiter } from '../../../../shared/stakeholders/csv-export';
import { exportStakeholdersCsv, exportStakeholdersWord } from './export-stakeholders';

type Props = { kind: 'csv' | 'word'; pairing: Pairing; stakeholders: readonly Stakeholder[]; onClose: () => void };

/**
 * Exports what the list shows. CSV defaults to semicolons: Excel splits on the
 * system's list separator, which is ";" wherever the decimal mark is a comma
 * (Spain, Portugal, Brazil, most of Latin America and Europe); English Excel
 * wants commas, so both are offered.
 */
export function ExportStakeholdersDialog({ kind, pairing, stakeholders, onClose }: Props) {
  const { t } = useTranslation('stakeholders');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  return (
    <ExportModal
      title={t(kind === 'csv' ? 'export.csvTitle' : 'export.wordTitle')}
      filter={kind === 'csv' ? { name: t('export.csvFiles'), extensions: ['csv'] } : { name: t('export.wordFiles'), extensions: ['docx'] }}
      make={(lang) => (kind === 'csv' ? exportStakeholdersCsv(pairing, stakeholders, lang, delimiter) : exportStakeholdersWord(pairing, stakeholders, lang))}
      onClose={onClose}
    >
      <p className="hint">{t('export.scope', { count: stakeholders.length })}</p>
      {kind === 'csv' ? (
        <fieldset>
          <legend>{t('export.delimiter')}</legend>
          {(['semicolon', 'comma'] as const).map((d) => (
            <label key={d} className="radio">
              <input type="radio" name="stakeholders-export-delimiter" checked={delimiter === (d === 'comma' ? ',' : ';')} onChange={() => setDelimiter(d === 'comma' ? ',' : ';')} />
              {t(`export.${d}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
    </ExportModal>
  );
}
