import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePairings } from '../../hooks/usePairings';
import { useDb } from '../../db/db-context';
import { setDeleted } from '../../db/records-repo';
import { emptyBin } from '../../db/pairings-repo';
import { useSave } from '../../hooks/useSave';
import { pairingName } from '../../../../shared/model/pairing';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type Purge = { ids?: string[]; message: string } | null;

/** Deleted pairings wait here until restored or removed for good. */
export function BinScreen() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const save = useSave();
  const deleted = usePairings(true);
  const [purge, setPurge] = useState<Purge>(null);
  if (deleted === undefined) return <main className="screen" aria-busy="true" />;
  const collator = new Intl.Collator(i18n.language);
  const sorted = deleted.map((p) => ({ p, name: pairingName(p) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <main className="screen bin-screen">
      <div className="screen-title">
        <h1>{t('bin.title')}</h1>
        {sorted.length > 0 ? (
          <button type="button" className="danger" onClick={() => setPurge({ message: t('bin.emptyMessage', { count: sorted.length }) })}>
            {t('bin.empty')}
          </button>
        ) : null}
      </div>
      <p className="hint">{t('bin.intro')}</p>
      {sorted.length === 0 ? (
        <p className="empty">{t('bin.nothing')}</p>
      ) : (
        <ul className="bin-list">
          {sorted.map(({ p, name }) => (
            <li key={p.id}>
              <span dir="auto">{name}</span>
              <button type="button" onClick={() => void save(() => setDeleted(db, 'pairing', p.id, p.id, false))}>
                {t('bin.restore')}
              </button>
              <button type="button" className="danger-link" onClick={() => setPurge({ ids: [p.id], message: t('bin.purgeMessage', { name }) })}>
                {t('bin.purge')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {purge ? (
        <ConfirmDialog
          title={t('bin.confirmTitle')}
          message={purge.message}
          confirmLabel={t('bin.purge')}
          danger
          onCancel={() => setPurge(null)}
          onConfirm={() => {
            const ids = purge.ids;
            setPurge(null);
            void save(() => emptyBin(db, ids));
          }}
        />
      ) : null}
    </main>
  );
}
