import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { platform } from '../../platform/platform';
import { useUiStore } from '../../state/ui-store';
import { LANGS, isLang, type Lang } from '../../../../shared/i18n/langs';
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
  const { t, i18n } = useTranslation('stakeholders');
  const showToast = useUiStore((s) => s.showToast);
  const [lang, setLang] = useState<Lang>(isLang(i18n.language) ? i18n.language : 'en');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = kind === 'csv' ? await exportStakeholdersCsv(pairing, stakeholders, lang, delimiter) : await exportStakeholdersWord(pairing, stakeholders, lang);
      const result = await platform().saveFile({
        suggestedName: file.name,
        data: file.data,
        mimeType: file.mimeType,
        dialogTitle: t(kind === 'csv' ? 'export.csvTitle' : 'export.wordTitle'),
        filters: [kind === 'csv' ? { name: t('export.csvFiles'), extensions: ['csv'] } : { name: t('export.wordFiles'), extensions: ['docx'] }],
      });
      if (result.status === 'failed') {
        setError(t('export.failed', { reason: result.reason }));
        return;
      }
      if (result.status === 'saved') showToast({ tone: 'info', message: t('export.saved', { name: result.path ?? file.name }) });
      onClose();
    } catch (e) {
      setError(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t(kind === 'csv' ? 'export.csvTitle' : 'export.wordTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            {t('ui:common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void run()} disabled={busy} aria-busy={busy}>
            {busy ? t('export.working') : t('export.export')}
          </button>
        </>
      }
    >
      <p className="hint">{t('export.scope', { count: stakeholders.length })}</p>
      <fieldset>
        <legend>{t('export.language')}</legend>
        {LANGS.map((l) => (
          <label key={l} className="radio">
            <input type="radio" name="stakeholders-export-lang" checked={lang === l} onChange={() => setLang(l)} />
            {t(`vocab:lang.${l}`)}
          </label>
        ))}
      </fieldset>
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
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </Modal>
  );
}
