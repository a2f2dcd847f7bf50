import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { usePairings } from '../../hooks/usePairings';
import { pairingName } from '../../../../shared/model/pairing';
import { platform } from '../../platform/platform';
import { bundleFileName, exportBundle, type ExportProgress, type ExportScope } from '../../backup';
import { rememberBackupDownloaded } from '../../backup/auto-backup';
import { ProgressLine } from './ProgressLine';
import { saveBundle } from './save-bundle';

type State = { progress: ExportProgress | null; error: string | null; done: string | null };
const IDLE: State = { progress: null, error: null, done: null };

/** Makes a bundle of a scope and saves it, saying how far it got and how it ended. */
function useExport() {
  const { t } = useTranslation('exchange');
  const db = useDb();
  const [state, setState] = useState<State>(IDLE);
  const run = async (scope: ExportScope, dialogTitle: string, savedText: string) => {
    setState({ ...IDLE, progress: { phase: 'records', done: 0, total: 0 } });
    try {
      const appVersion = await platform().appVersion();
      const blob = await exportBundle(db, scope, { appVersion, onProgress: (progress) => setState((s) => ({ ...s, progress })) });
      const saved = await saveBundle(blob, bundleFileName(scope), dialogTitle);
      // A whole device saved here counts as the tab's backup: its reminder rests.
      if (saved && scope.type === 'device') await rememberBackupDownloaded(db);
      setState({ ...IDLE, done: saved ? savedText : null });
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
  const { state, run, busy } = useExport();
  return (
    <section className="card" aria-labelledby="exchange-backup">
      <h2 id="exchange-backup">{t('backup.title')}</h2>
      <p className="hint">{t('backup.hint')}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => void run({ type: 'device' }, t('backup.dialogTitle'), t('backup.saved'))}>
        {t('backup.button')}
      </button>
      <Outcome state={state} />
    </section>
  );
}

export function ExportPairingsCard() {
  const { t, i18n } = useTranslation('exchange');
  const pairings = usePairings();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [asked, setAsked] = useState(false);
  const { state, run, busy } = useExport();
  const collator = new Intl.Collator(i18n.language);
  const sorted = [...(pairings ?? [])].map((p) => ({ id: p.id, name: pairingName(p) })).sort((a, b) => collator.compare(a.name, b.name));
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
      <button
        type="button"
        disabled={busy || sorted.length === 0}
        onClick={() => {
          setAsked(true);
          const ids = sorted.map((p) => p.id).filter((id) => chosen.has(id));
          if (ids.length > 0) void run({ type: 'pairings', pairingIds: ids }, t('export.dialogTitle'), t('export.saved'));
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
