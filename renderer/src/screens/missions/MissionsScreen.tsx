import { useTranslation } from 'react-i18next';
import { usePairingBundle } from '../../hooks/usePairingBundle';
import { useDb } from '../../db/db-context';
import { createMission } from '../../db/missions-repo';
import { useSave } from '../../hooks/useSave';
import { PairingTabs } from '../pairing/PairingTabs';
import { PairingTitle } from '../pairing/PairingTitle';
import { MissionEditor } from './MissionEditor';
import { PairingFollowUps } from './PairingFollowUps';
import { useMissionRecords, useMissions } from './useMissions';
import type { Mission } from '../../../../shared/missions/mission';
import { formatDate } from '../../../../shared/model/dates';
import { navigate } from '../../hooks/useRoute';
import { ScreenSkeleton } from '../../components/ScreenSkeleton';

/** The mission the URL names, or the only one. */
function shownMission<M extends Mission>(missions: M[], selected: string | null): M | undefined {
  return missions.find((m) => m.id === selected) ?? (missions.length === 1 ? missions[0] : undefined);
}

/**
 * The technical missions of a pairing: their list, the one being worked on
 * (kept in the URL, so a reload or a restart opens it again), and follow-ups
 * across all.
 */
export function MissionsScreen({ pairingId, missionId }: { pairingId: string; missionId?: string }) {
  const { t, i18n } = useTranslation('missions');
  const bundle = usePairingBundle(pairingId);
  const missions = useMissions(pairingId);
  const db = useDb();
  const save = useSave();
  const selected = missionId ?? null;
  // The mission's records are read alongside the pairing and its missions, from the id in the URL, rather than after the editor has rendered once.
  const shown = missions ? shownMission(missions, selected) : undefined;
  const records = useMissionRecords(missions ? shown?.id : missionId);
  const setSelected = (id: string | null) => navigate({ screen: 'pairing', id: pairingId, tab: 'missions', ...(id ? { item: id } : {}) });
  if (bundle === undefined || missions === undefined) return <ScreenSkeleton />;
  if (!bundle || !missions) return <main className="screen" />;
  const add = async () => {
    const id = await save(() => createMission(db, bundle.pairing, t('list.newTitle', { n: missions.length + 1 })));
    setSelected(id);
  };
  return (
    <main className="screen missions">
      <div className="screen-title">
        <PairingTitle pairing={bundle.pairing} />
      </div>
      <PairingTabs pairingId={pairingId} active="missions" />
      <section aria-labelledby="missions-list" className="card missions-no-print">
        <div className="missions-day-head">
          <h2 id="missions-list">{t('list.heading')}</h2>
          <button type="button" className="primary" onClick={() => void add().catch(() => undefined)}>{t('list.new')}</button>
        </div>
        {missions.length === 0 ? <p className="hint">{t('list.empty')}</p> : (
          <ul className="missions-list">
            {missions.map((m) => (
              <li key={m.id}>
                <button type="button" className="missions-pick" aria-current={m.id === shown?.id ? 'true' : undefined} onClick={() => setSelected(m.id)}>
                  <strong dir="auto">{m.title}</strong>
                  <span>{t(`direction.${m.direction}`)} · {t(`status.${m.status}`)}{m.startDate ? ` · ${formatDate(m.startDate, i18n.language, 'medium')}` : ''}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {shown ? <MissionEditor key={shown.id} mission={shown} records={records?.missionId === shown.id ? records : undefined} bundle={bundle} onClosed={() => setSelected(null)} /> : null}
      <PairingFollowUps pairingId={pairingId} missions={missions} onOpen={setSelected} />
    </main>
  );
}
