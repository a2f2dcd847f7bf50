import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { removeFromBin, restoreFromBin, type BinEntry, type BinGroup } from '../../db/bin-repo';
import { useBin } from '../../hooks/useBin';
import { useSave } from '../../hooks/useSave';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type Purge = { entries: BinEntry[]; message: string } | null;

/** Everything deleted waits here, grouped by pairing, until restored or removed for good. */
export function BinScreen() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const save = useSave();
  const groups = useBin(i18n.language);
  const [purge, setPurge] = useState<Purge>(null);
  if (groups === undefined) return <main className="screen" aria-busy="true" />;
  const collator = new Intl.Collator(i18n.language);
  const sorted = [...groups].sort((a, b) => collator.compare(a.pairingLabel, b.pairingLabel));
  const all = sorted.flatMap((g) => g.entries);
  const kindName = (kind: string, count = 1) => t(`bin.kinds.${kind}`, { count });
  const along = (entry: BinEntry) =>
    entry.takesAlong.length ? t('bin.takesAlong', { list: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(entry.takesAlong.map((x) => `${x.count} ${kindName(x.kind, x.count)}`)) }) : '';
  const nameOf = (entry: BinEntry) => entry.label.trim() || kindName(entry.kind);
  return (
    <main className="screen bin-screen">
      <div className="screen-title">
        <h1>{t('bin.title')}</h1>
        {all.length > 0 ? (
          <button type="button" className="danger" onClick={() => setPurge({ entries: all, message: t('bin.emptyMessage', { count: all.length }) })}>
            {t('bin.empty')}
          </button>
        ) : null}
      </div>
      <p className="hint">{t('bin.intro')}</p>
      {sorted.length === 0 ? (
        <p className="empty">{t('bin.nothing')}</p>
      ) : (
        sorted.map((group: BinGroup) => (
          <section key={group.pairingId} className="bin-group" aria-labelledby={`bin-${group.pairingId}`}>
            <h2 id={`bin-${group.pairingId}`} dir="auto">
              {group.pairingLabel}
            </h2>
            <ul className="bin-list">
              {group.entries.map((entry) => (
                <li key={`${entry.kind}/${entry.id}`}>
                  <span className="bin-entry">
                    <span className="bin-kind">{kindName(entry.kind)}</span>
                    <span className="bin-name" dir="auto">
                      {nameOf(entry)}
                    </span>
                    {entry.takesAlong.length ? <span className="bin-along">{along(entry)}</span> : null}
                  </span>
                  <button type="button" onClick={() => void save(() => restoreFromBin(db, entry))} aria-label={t('bin.restoreNamed', { name: nameOf(entry) })}>
                    {t('bin.restore')}
                  </button>
                  <button
                    type="button"
                    className="danger-link"
                    aria-label={t('bin.purgeNamed', { name: nameOf(entry) })}
                    onClick={() => setPurge({ entries: [entry], message: t('bin.purgeMessage', { name: nameOf(entry), along: entry.takesAlong.length ? ` ${along(entry)}` : '' }) })}
                  >
                    {t('bin.purge')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {purge ? (
        <ConfirmDialog
          title={t('bin.confirmTitle')}
          message={purge.message}
          confirmLabel={t('bin.purge')}
          danger
          onCancel={() => setPurge(null)}
          onConfirm={() => {
            const entries = purge.entries;
            setPurge(null);
            void save(() => removeFromBin(db, entries));
          }}
        />
      ) : null}
    </main>
  );
}
