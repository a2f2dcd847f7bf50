import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { platform } from '../../platform/platform';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FilePicker } from '../../components/FilePicker';
import { applyPlan, bundleFileName, readAndPlan, replaceEverything, type ImportProgress, type PlannedImport } from '../../backup';
import { BackupNotKept, keepBeforeReplace, type KeptBackup } from '../../backup/before-replace';
import { sayProblem } from '../../backup/backup-words';
import { useBackupFolder } from '../../backup/useBackupFolder';
import { ProgressLine } from './ProgressLine';
import { PlanView } from './PlanView';
import { failureText } from './progress-text';
import { saveBundle, spaceLeft } from './save-bundle';

type Step =
  | { name: 'idle' }
  | { name: 'reading' }
  | { name: 'planned'; planned: PlannedImport }
  | { name: 'confirmReplace'; planned: PlannedImport }
  | { name: 'applying'; progress: ImportProgress | null };

/** Open a file, see what it would change, then merge it (or, confirmed, replace everything with it). */
export function OpenBundleCard() {
  const { t } = useTranslation('exchange');
  const db = useDb();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // On the desktop the backup before replacing goes to the backup folder; the confirmation says where.
  const { folder } = useBackupFolder(null);
  // The outcome is said where the file was opened, which a long page may have scrolled away from.
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    outcome.current?.scrollIntoView?.({ block: 'nearest' });
  }, [done, error]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setDone(null);
    setStep({ name: 'reading' });
    try {
      setStep({ name: 'planned', planned: await readAndPlan(db, file, { maxBytes: await spaceLeft() }) });
    } catch (e) {
      setError(`${failureText(t, e)} ${t('errors.nothingApplied')}`);
      setStep({ name: 'idle' });
    }
  };
  const close = () => setStep({ name: 'idle' });
  const notKept = (e: BackupNotKept) =>
    e.problem === 'cancelled' ? t('errors.nothingApplied') : t('errors.backupNotKept', { reason: sayProblem(t, e.problem, e.detail) });
  const run = async (work: (onProgress: (p: ImportProgress) => void) => Promise<string>) => {
    setStep({ name: 'applying', progress: null });
    try {
      setDone(await work((progress) => setStep({ name: 'applying', progress })));
      close();
    } catch (e) {
      setError(e instanceof BackupNotKept ? notKept(e) : failureText(t, e));
      close();
    }
  };
  const merge = (planned: PlannedImport) => run(async (onProgress) => t('plan.merged', await applyPlan(db, planned, onProgress)));
  const replace = (planned: PlannedImport) =>
    run(async (onProgress) => {
      let kept: KeptBackup | undefined;
      const result = await replaceEverything(db, planned, {
        appVersion: await platform().appVersion(),
        onProgress,
        keepBackup: async (blob) => {
          kept = await keepBeforeReplace(db, platform(), blob, (backup) => saveBundle(backup, bundleFileName({ type: 'device' }), t('plan.replaceBackupTitle')));
        },
      });
      return kept?.where === 'folder' ? t('plan.replacedKeptIn', { ...result, name: kept.name }) : t('plan.replaced', result);
    });

  const busy = step.name === 'reading' || step.name === 'applying';
  return (
    <section className="card" aria-labelledby="exchange-open">
      <h2 id="exchange-open">{t('open.title')}</h2>
      <p className="hint">{t('open.hint')}</p>
      <FilePicker label={t('open.label')} accept=".ponte,application/zip" disabled={busy} onFiles={(files) => void open(files[0])} />
      {step.name === 'reading' ? <p role="status">{t('open.reading')}</p> : null}
      {step.name === 'applying' ? <ProgressLine progress={step.progress ?? { phase: 'records', done: 0, total: 0 }} /> : null}
      {error ? (
        <p className="error" role="alert" data-testid="exchange-error" ref={outcome}>
          {error}
        </p>
      ) : null}
      {done ? (
        <p className="done" role="status" data-testid="exchange-done" ref={outcome}>
          {done}
        </p>
      ) : null}
      {step.name === 'planned' || step.name === 'confirmReplace' ? (
        <>
          <PlanView planned={step.planned} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void merge(step.planned)}>
              {t('plan.merge')}
            </button>
            <button type="button" className="danger" onClick={() => setStep({ name: 'confirmReplace', planned: step.planned })}>
              {t('plan.replace')}
            </button>
            <button type="button" onClick={close}>
              {t('plan.cancel')}
            </button>
          </div>
        </>
      ) : null}
      {step.name === 'confirmReplace' ? (
        <ConfirmDialog
          danger
          title={t('plan.replaceTitle')}
          message={folder?.status === 'available' ? t('plan.replaceMessageFolder', { folder: folder.folder }) : t('plan.replaceMessage')}
          confirmLabel={t('plan.replaceConfirm')}
          onCancel={() => setStep({ name: 'planned', planned: step.planned })}
          onConfirm={() => void replace(step.planned)}
        />
      ) : null}
    </section>
  );
}
