import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { LANGS, isLang, type Lang } from '../../../../shared/i18n/langs';
import type { PairingBundle } from '../../../../shared/model/bundle';
import { todayIso } from '../../../../shared/model/dates';
import { exportDossier } from '../../export/export-dossier';
import { platform } from '../../platform/platform';
import { useUiStore } from '../../state/ui-store';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Exports the dossier as Word in a language chosen here, whatever the interface speaks. */
export function ExportDialog({ bundle, onClose }: { bundle: PairingBundle; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const showToast = useUiStore((s) => s.showToast);
  const [lang, setLang] = useState<Lang>(isLang(i18n.language) ? i18n.language : 'en');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await exportDossier(bundle, lang, todayIso());
      const result = await platform().saveFile({
        suggestedName: file.name,
        data: file.data,
        mimeType: DOCX_MIME,
        dialogTitle: t('export.dialogTitle'),
        filters: [{ name: t('export.wordDocument'), extensions: ['docx'] }],
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
      title={t('export.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void run()} disabled={busy} aria-busy={busy}>
            {busy ? t('export.working') : t('export.export')}
          </button>
        </>
      }
    >
      <fieldset>
        <legend>{t('export.language')}</legend>
        {LANGS.map((l) => (
          <label key={l} className="radio">
            <input type="radio" name="export-lang" value={l} checked={lang === l} onChange={() => setLang(l)} />
            {t(`vocab:lang.${l}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t('export.hint')}</p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </Modal>
  );
}
