import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { platform } from '../platform/platform';
import { useUiStore } from '../state/ui-store';
import { LANGS, isLang, type Lang } from '../../../shared/i18n/langs';
import type { ExportedFile } from '../export/exported-file';


type Props = {
  title: string;
  /** The kind of file, for the native save dialog's filter. */
  filter: { name: string; extensions: string[] };
  /** Makes the file in the chosen language (the document code may load here, on first use). */
  make: (lang: Lang) => Promise<ExportedFile>;
  onClose: () => void;
  /** Options of this export besides its language. */
  children?: ReactNode;
};

/**
 * Every export: the language of the file, chosen here whatever the interface
 * speaks; the native save dialog in Electron, a download in a tab; progress
 * while the file is made; a failure said in the interface language.
 */
export function ExportModal({ title, filter, make, onClose, children }: Props) {
  const { t, i18n } = useTranslation();
  const showToast = useUiStore((s) => s.showToast);
  const [lang, setLang] = useState<Lang>(isLang(i18n.language) ? i18n.language : 'en');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await make(lang);
      const result = await platform().saveFile({ suggestedName: file.name, data: file.data, mimeType: file.mimeType, dialogTitle: title, filters: [filter] });
      if (result.status === 'failed') {
        setError(t('export.failed', { reason: result.reason }));
        return;
      }
      if (result.status === 'saved') showToast({ tone: 'info', message: { key: 'ui:export.saved', values: { name: result.path ?? file.name } } });
      onClose();
    } catch (e) {
      setError(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={title}
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
      {children}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </Modal>
  );
}
