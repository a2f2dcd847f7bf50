import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { useDb } from '../../db/db-context';
import { platform } from '../../platform/platform';
import { useUiStore } from '../../state/ui-store';
import { exportMission, type MissionExportKind } from './export-mission';
import { LANGS, isLang, type Lang } from '../../../../shared/i18n/langs';
import { todayIso } from '../../../../shared/model/dates';

type Props = { missionId: string; kind: MissionExportKind; delegation: { id: string; label: string }[]; onClose: () => void };

/** Exports the agenda or report as Word in a chosen language, or the agenda as a calendar for everyone or one person. */
export function MissionExportDialog({ missionId, kind, delegation, onClose }: Props) {
  const { t, i18n } = useTranslation('missions');
  const db = useDb();
  const showToast = useUiStore((s) => s.showToast);
  const [lang, setLang] = useState<Lang>(isLang(i18n.language) ? i18n.language : 'en');
  const [person, setPerson] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await exportMission(db, missionId, kind, lang, todayIso(), person || undefined);
      const ics = kind === 'ics';
      const result = await platform().saveFile({
        suggestedName: file.name,
        data: file.data,
        mimeType: file.mimeType,
        dialogTitle: t(`export.title.${kind}`),
        filters: [ics ? { name: t('export.calendarFile'), extensions: ['ics'] } : { name: t('export.wordFile'), extensions: ['docx'] }],
      });
      if (result.status === 'failed') return setError(t('export.failed', { reason: result.reason }));
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
      title={t(`export.title.${kind}`)}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>{t('export.cancel')}</button>
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
            <input type="radio" name="mission-export-lang" value={l} checked={lang === l} onChange={() => setLang(l)} />
            {t(`vocab:lang.${l}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'ics' ? (
        <div className="field">
          <label htmlFor="mission-export-person">{t('export.person')}</label>
          <select id="mission-export-person" value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{t('export.everyone')}</option>
            {delegation.map((d) => (
              <option key={d.id} value={d.id}>{d.label}</option>
            ))}
          </select>
        </div>
      ) : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
    </Modal>
  );
}
