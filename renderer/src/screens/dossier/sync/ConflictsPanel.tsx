import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../db/db-context';
import { ConflictCard } from './ConflictCard';

/** The conflict inbox of a pairing: texts that lost to a concurrent edit, waiting for a person to decide. */
export function ConflictsPanel({ pairingId }: { pairingId: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const conflicts = useLiveQuery(() => db.conflicts.where('pairingId').equals(pairingId).filter((c) => !c.deleted).toArray(), [db, pairingId]);
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <section className="card conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{t('sync:conflicts.title', { count: conflicts.length })}</h2>
      <p className="hint">{t('sync:conflicts.intro')}</p>
      {conflicts.map((c) => (
        <ConflictCard key={c.id} conflict={c} />
      ))}
    </section>
  );
}
