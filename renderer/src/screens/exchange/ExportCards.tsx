import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { usePairings } from '../../hooks/usePairings';
import { pairingName } from '../../../../shared/model/pairing';
import { platform } from '../../platform/platform';
import { bundleFileName, exportBundle, type ExportProgress } from '../../backup';
import { rememberBackupDownloaded } from '../../backup/auto-backup';
import { exportForPartner } from '../../backup/export-for-partner';
import { partnerName } from '../../backup/exchange-ledger';
import { ProgressLine } from './ProgressLine';
import { PartnerFields, limitFor, usePartners, type PartnerChoice } from './PartnerFields';
import { saveBundle } from './save-bundle';

type State = { progress: ExportProgress | null; error: string | null; done: string | null };
const IDLE: State = { progress: null, error: null, done: null };

type Task = (options: { appVersion: string; onProgress: (progress: ExportProgress) => void }) => Promise<string | null>;

/** Runs an export (a task that makes a bundle, saves it and says how it ended, or null when cancelled), saying how far it got. */
function useExport() {
  const { t } = useTranslation('exchange');
  const [state, setState] = useState<State>(IDLE);
  const run = async (task: Task) => {
    setState({ ...IDLE, progress: { phase: 'records', done: 0, total: 0 } });
    try {
      const appVersion = await platform().appVersion();
      const done = await task({ appVersion, onProgress: (progress) => setState((s) => ({ ...s, progress })) });
      setState({ ...IDLE, done });
    } catch (error) {
      setState({ ...IDLE, error: t('errors.saveFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return { state, run, busy: state.progress !== null };
}

function Outcome({ state }: { state: State }) {
  return (
    <>
      <ProgressLine progress={state.progress} />
      {state.error ? (
        <p className="error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.done ? (
        <p className="done" role="status">
          {state.done}
        </p>
      ) : null}
    </>
  );
}

export function BackupCard() {
  const { t } = useTranslation('exchange');
  const db = useDb();
  const { state, run, busy } = useExport();
  const backUp: Task = async (options) => {
    const blob = await exportBundle(db, { type: 'device' }, options);
    if (!(await saveBundle(blob, bundleFileName({ type: 'device' }), t('backup.dialogTitle')))) return null;
    // A whole device saved here counts as the tab's backup: its reminder rests.
    await rememberBackupDownloaded(db);
    return t('backup.saved');
  };
  return (
    <section className="card" aria-labelledby="exchange-backup">
      <h2 id="exchange-backup">{t('backup.title')}</h2>
      <p className="hint">{t('backup.hint')}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => void run(backUp)}>
        {t('backup.button')}
      </button>
      <Outcome state={state} />
    </section>
  );
}

export function ExportPairingsCard() {
  const { t, i18n } = useTranslation('exchange');
  const db = useDb();
  const pairings = usePairings();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [choice, setChoice] = useState<PartnerChoice>({ partner: '', onlyChanges: false });
  const [asked, setAsked] = useState(false);
  const partners = usePartners();
  const { state, run, busy } = useExport();
  const collator = new Intl.Collator(i18n.language);
  const sorted = [...(pairings ?? [])].map((p) => ({ id: p.id, name: pairingName(p) })).sort((a, b) => collator.compare(a.name, b.name));
  const chosenPairings = sorted.filter((p) => chosen.has(p.id));
  const limit = limitFor(partners ?? [], choice.partner, chosenPairings);
  const exportChosen = (pairingIds: string[], onlyChanges: boolean): Task => async (options) => {
    const partner = partnerName(choice.partner);
    const save = (blob: Blob) => saveBundle(blob, bundleFileName({ type: 'pairings', pairingIds }), t('export.dialogTitle'));
    const outcome = await exportForPartner(db, { pairingIds, partner, onlyChanges }, save, options);
    if (outcome.status === 'nothingChanged') return t('export.nothingChanged', { partner });
    return outcome.status === 'saved' ? t('export.savedCount', { count: outcome.records }) : null;
  };
  const toggle = (id: string) => setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <section className="card" aria-labelledby="exchange-export">
      <h2 id="exchange-export">{t('export.title')}</h2>
      <p className="hint">{t('export.hint')}</p>
      {sorted.length === 0 ? (
        <p className="empty">{t('export.none')}</p>
      ) : (
        <fieldset className="exchange-pairings">
          <legend>{t('export.choose')}</legend>
          {sorted.map((p) => (
            <label key={p.id} className="checkbox">
              <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
              <span dir="auto">{p.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      {sorted.length > 0 ? <PartnerFields value={choice} onChange={setChoice} chosen={chosenPairings} partners={partners ?? []} disabled={busy} /> : null}
      <button
        type="button"
        disabled={busy || sorted.length === 0}
        onClick={() => {
          setAsked(true);
          const ids = chosenPairings.map((p) => p.id);
          if (ids.length > 0) void run(exportChosen(ids, choice.onlyChanges && limit.possible));
        }}
      >
        {t('export.button')}
      </button>
      {asked && chosen.size === 0 ? (
        <p className="error" role="alert">
          {t('export.chooseFirst')}
        </p>
      ) : null}
      <Outcome state={state} />
    </section>
  );
}
