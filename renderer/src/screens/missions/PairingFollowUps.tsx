import { useTranslation } from 'react-i18next';
import { usePairingFollowUps } from './useMissions';
import { isOverdue, sortFollowUps } from '../../../../shared/missions/follow-ups';
import type { Mission } from '../../../../shared/missions/mission';
import { formatDate } from '../../../../shared/model/dates';
import { todayIso } from '../../../../shared/model/dates';

/** Every follow-up action of the pairing across its missions, overdue ones first and flagged. */
export function PairingFollowUps({ pairingId, missions, onOpen }: { pairingId: string; missions: Mission[]; onOpen: (missionId: string) => void }) {
  const { t, i18n } = useTranslation('missions');
  const all = usePairingFollowUps(pairingId);
  const today = todayIso();
  const titles = new Map(missions.map((m) => [m.id, m.title]));
  const live = (all ?? []).filter((f) => titles.has(f.missionId));
  const overdue = live.filter((f) => isOverdue(f, today)).length;
  return (
    <section aria-labelledby="pairing-follow-ups" className="card missions-no-print">
      <h2 id="pairing-follow-ups">{t('followUps.acrossHeading')}</h2>
      {overdue > 0 ? <p className="warning" role="status">{t('followUps.overdueCount', { count: overdue })}</p> : null}
      {live.length === 0 ? <p className="hint">{t('followUps.none')}</p> : (
        <table className="missions-table">
          <thead>
            <tr>
              <th scope="col">{t('followUps.what')}</th>
              <th scope="col">{t('followUps.owner')}</th>
              <th scope="col">{t('followUps.due')}</th>
              <th scope="col">{t('followUps.status')}</th>
              <th scope="col">{t('followUps.mission')}</th>
            </tr>
          </thead>
          <tbody>
            {sortFollowUps(live, today).map((f) => (
              <tr key={f.id} className={isOverdue(f, today) ? 'missions-overdue' : undefined}>
                <td dir="auto">{f.what}</td>
                <td dir="auto">{f.owner}</td>
                <td>
                  {f.due ? formatDate(f.due, i18n.language, 'medium') : ''}
                  {isOverdue(f, today) ? <strong className="missions-flag"> {t('followUps.overdue')}</strong> : null}
                </td>
                <td>{t(`followUpStatus.${f.status}`)}</td>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(f.missionId)}>{titles.get(f.missionId)}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
