import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFolderStatus } from '../../../shared/platform/backups';
import { MAX_BACKUP_KEEP } from '../../../shared/platform/backups';
import { formatDateTime } from '../../../shared/model/dates';
import { useDb } from '../db/db-context';
import { platform } from '../platform/platform';
import { takeBackup, type BackupRecord, type MakeBackup } from './auto-backup';
import { sayFailure, sayProblem } from './backup-words';

type Props = { folder: BackupFolderStatus; record: BackupRecord; make: MakeBackup; refresh: () => void };

type Note = { tone: 'ok' | 'error'; text: string } | null;

/** The desktop's backups: the last one and how it went, the folder, how many to keep, and a backup now. */
export function DesktopBackupSettings({ folder, record, make, refresh }: Props) {
  const { t, i18n } = useTranslation('autobackup');
  const db = useDb();
  const [working, setWorking] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const [keepText, setKeepText] = useState(String(folder.keep));
  useEffect(() => setKeepText(String(folder.keep)), [folder.keep]);
  const newestFile = folder.backups[0]?.at ?? null;
  const last = Math.max(record.lastWrittenAt ?? -Infinity, newestFile ?? -Infinity);
  const outcome = record.lastOutcome;

  const backupNow = async () => {
    setWorking(true);
    setNote(null);
    const result = await takeBackup(db, platform(), make, 'manual');
    setWorking(false);
    if (result?.status === 'written') setNote({ tone: 'ok', text: t('settings.done', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(result.at) }) });
    refresh();
  };

  const chooseFolder = async () => {
    setNote(null);
    const result = await platform().chooseBackupFolder({ dialogTitle: t('settings.chooseTitle') });
    if (result.status === 'failed') setNote({ tone: 'error', text: t('settings.chooseFailed', { reason: sayProblem(t, result.code, result.message) }) });
    refresh();
  };

  const showFolder = async () => {
    setNote(null);
    const result = await platform().openBackupFolder();
    if (result.status === 'failed') setNote({ tone: 'error', text: t('settings.showFailed', { reason: sayProblem(t, result.code, result.message) }) });
  };

  const saveKeep = async (text: string) => {
    const keep = Number(text);
    if (!Number.isInteger(keep) || keep < 1 || keep > MAX_BACKUP_KEEP) {
      setKeepText(String(folder.keep));
      return;
    }
    if (keep === folder.keep) return;
    const result = await platform().setBackupKeep(keep);
    if (result.status === 'saved') setNote({ tone: 'ok', text: t('settings.keepSaved', { count: result.keep }) });
    refresh();
  };

  return (
    <>
      <p className="hint">{t('settings.intro')}</p>
      <p className="backup-last" data-testid="backup-last">
        {Number.isFinite(last) ? t('settings.last', { time: formatDateTime(last, i18n.language) }) : t('settings.none')}
      </p>
      {outcome?.status === 'failed' ? (
        <p className="error" role="alert">
          {sayFailure(t, i18n.language, outcome)}
        </p>
      ) : null}
      {folder.problem ? (
        <p className="error" role="alert">
          {t('settings.folderProblem', { reason: sayProblem(t, folder.problem) })}
        </p>
      ) : null}
      <div className="backup-folder">
        <p>
          <strong>{t('settings.folder')}</strong>: <code>{folder.folder}</code>
          {folder.isDefaultFolder ? <span className="hint"> ({t('settings.defaultFolder')})</span> : null}
        </p>
        <p className="hint">{t('settings.inFolder', { count: folder.backups.length })}</p>
        <div className="backup-folder-actions">
          <button type="button" onClick={() => void chooseFolder()}>
            {t('settings.choose')}
          </button>
          <button type="button" onClick={() => void showFolder()}>
            {t('settings.show')}
          </button>
        </div>
      </div>
      <label className="backup-keep">
        {t('settings.keep')}
        <input
          type="number"
          min={1}
          max={MAX_BACKUP_KEEP}
          step={1}
          value={keepText}
          aria-describedby="backup-keep-hint"
          onChange={(e) => setKeepText(e.target.value)}
          onBlur={(e) => void saveKeep(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveKeep(e.currentTarget.value);
          }}
        />
      </label>
      <p className="hint" id="backup-keep-hint">
        {t('settings.keepHint')}
      </p>
      <div className="backup-actions">
        <button type="button" className="primary" disabled={working} onClick={() => void backupNow()}>
          {working ? t('settings.working') : t('settings.now')}
        </button>
        {note ? (
          <p className={note.tone === 'error' ? 'error' : 'hint'} role={note.tone === 'error' ? 'alert' : 'status'}>
            {note.text}
          </p>
        ) : null}
      </div>
    </>
  );
}
