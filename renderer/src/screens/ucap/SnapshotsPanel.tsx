import { formatDateTime } from '../../../../shared/model/dates';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { useSave } from '../../hooks/useSave';
import { restoreSnapshot, saveSnapshot } from '../../db/ucap-repo';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { isLang } from '../../../../shared/i18n/langs';
import type { UcapContent } from '../../../../shared/ucap/content';
import { diffSnapshots, snapshotContent } from '../../../../shared/ucap/snapshot';
import { isEditable } from '../../../../shared/ucap/workflow';
import { useUcapSnapshots } from './useUcapSnapshots';
import { useRecordActions } from '../../hooks/useRecordActions';
import type { Stored } from '../../../../shared/model/records';
import type { DiffEntry } from '../../../../shared/ucap/snapshot';
import { WordDiff } from './WordDiff';
import { useUcapEditor } from './UcapContext';

const CURRENT = 'current';

/** The texts of a changed entry, each named (field and language) and shown word by word. */
function TextChanges({ entry }: { entry: DiffEntry }) {
  const { t } = useTranslation('ucap');
  if (entry.texts.length === 0) return null;
  return (
    <div className="ucap-text-changes">
      {entry.texts.map((c) => (
        <div key={`${c.field}-${c.lang}`} className="ucap-text-change">
          <p className="hint">{t('snapshots.diff.inLang', { field: entry.field ? t(`snapshots.field.${c.field}`) : t(`snapshots.textField.${c.field}`), lang: t(`vocab:lang.${c.lang}`) })}</p>
          <WordDiff before={c.before} after={c.after} lang={c.lang} />
        </div>
      ))}
    </div>
  );
}

/** One saved version: restore it, or remove it (with Undo) so the list stays the versions worth keeping. */
function SnapshotItem({ snapshot, canRestore, onRestore }: { snapshot: Stored<'ucapSnapshot'>; canRestore: boolean; onRestore: () => void }) {
  const { t, i18n } = useTranslation('ucap');
  const { remove } = useRecordActions('ucapSnapshot', snapshot.id, snapshot.pairingId);
  return (
    <li>
      <span dir="auto"><strong>{snapshot.name}</strong></span> <span className="hint">{formatDateTime(snapshot.takenAt, i18n.language)} · {t(`status.${snapshot.status}`)}</span>{' '}
      <button type="button" className="link" disabled={!canRestore} onClick={onRestore}>{t('snapshots.restore')}</button>{' '}
      <button type="button" className="link" aria-label={t('snapshots.removeNamed', { name: snapshot.name })} onClick={() => void remove(t('snapshots.removed', { name: snapshot.name })).catch(() => undefined)}>
        {t('snapshots.remove')}
      </button>
    </li>
  );
}

/** Named versions: save one, compare any two (or one with the UCAP as it is now), restore one. */
export function SnapshotsPanel({ content }: { content: UcapContent }) {
  const { t, i18n } = useTranslation('ucap');
  const db = useDb();
  const save = useSave();
  const snapshots = useUcapSnapshots(content.plan.pairingId) ?? [];
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(CURRENT);
  const [restoring, setRestoring] = useState<string | null>(null);
  const nameId = useId();
  const lang = isLang(i18n.language) ? i18n.language : 'en';
  const contentOf = (id: string): UcapContent | undefined => (id === CURRENT ? snapshotContent(content) : snapshots.find((s) => s.id === id)?.content);
  const fromId = from || snapshots[0]?.id || '';
  const a = contentOf(fromId);
  const b = contentOf(to);
  const diff = a && b ? diffSnapshots(a, b, lang) : null;
  const options = [{ value: CURRENT, label: t('snapshots.current') }, ...snapshots.map((s) => ({ value: s.id, label: `${s.name} · ${formatDateTime(s.takenAt, i18n.language)}` }))];
  const target = snapshots.find((s) => s.id === restoring);
  // Restoring is an edit like any other: the agreements it withdraws are named before the user confirms.
  const withdraws = useUcapEditor().actions.withdrawNotice;
  const submit = async () => {
    if (!name.trim()) return;
    await save(() => saveSnapshot(db, content, name.trim()));
    setName('');
  };
  return (
    <section aria-labelledby="ucap-h-snapshots" className="card">
      <h2 id="ucap-h-snapshots">{t('snapshots.heading')}</h2>
      <form className="row ucap-snapshot-form" onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }}>
        <div className="field grow">
          <label htmlFor={nameId}>{t('snapshots.name')}</label>
          <input id={nameId} value={name} dir="auto" maxLength={300} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" disabled={!name.trim()}>{t('snapshots.save')}</button>
      </form>
      {snapshots.length === 0 ? <p className="hint">{t('snapshots.none')}</p> : (
        <>
          <ul className="ucap-snapshots">
            {snapshots.map((s) => (
              <SnapshotItem key={s.id} snapshot={s} canRestore={isEditable(content.plan)} onRestore={() => setRestoring(s.id)} />
            ))}
          </ul>
          <div className="row">
            <div className="field">
              <label htmlFor={`${nameId}-from`}>{t('snapshots.compare')}</label>
              <select id={`${nameId}-from`} value={fromId} onChange={(e) => setFrom(e.target.value)}>
                {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${nameId}-to`}>{t('snapshots.with')}</label>
              <select id={`${nameId}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
                {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </div>
          </div>
          {diff === null ? null : diff.length === 0 ? <p className="hint" role="status">{t('snapshots.noDifference')}</p> : (
            <div className="ucap-diff" aria-label={t('snapshots.differences')} role="region">
              {diff.map((d) => (
                <div key={d.section}>
                  <h3>{t(`sections.${d.section}`)}</h3>
                  <ul>
                    {d.entries.map((e, i) => (
                      <li key={i} className={`ucap-diff-${e.change}`}>
                        {t(`snapshots.change.${e.change}`)}: <span dir="auto">{e.field ? t(`snapshots.field.${e.field}`) : e.label || t('untitled')}</span>
                        <TextChanges entry={e} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          )}
        </>
      )}
      {target ? (
        <ConfirmDialog
          title={t('snapshots.restoreTitle', { name: target.name })}
          message={withdraws ? `${t('snapshots.restoreMessage')} ${t('snapshots.restoreWithdraws', { agreements: withdraws.phrase })}` : t('snapshots.restoreMessage')}
          confirmLabel={t('snapshots.restore')}
          onCancel={() => setRestoring(null)}
          onConfirm={() => {
            setRestoring(null);
            void save(() => restoreSnapshot(db, content, target.content, t('snapshots.backupName', { name: target.name }))).catch(() => undefined);
          }}
        />
      ) : null}
    </section>
  );
}
