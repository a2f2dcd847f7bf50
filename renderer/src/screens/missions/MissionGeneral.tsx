import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { DateField } from '../../components/fields/DateField';
import { SelectField } from '../../components/fields/SelectField';
import type { Mission } from '../../../../shared/missions/mission';
import type { Pairing } from '../../../../shared/model/pairing';
import { MISSION_DIRECTIONS, MISSION_STATUSES } from '../../../../shared/missions/vocab';
import { zoneChoices } from '../../../../shared/missions/zones';
import { useZoneNames } from './useZoneNames';
import { whenIdle } from '../../when-idle';
import { WrittenInField } from '../../components/fields/WrittenInField';
import { isIsoDate } from '../../../../shared/model/dates';

type Props = { mission: Mission; pairing: Pairing; update: (fields: Partial<Mission>) => Promise<void> };

const ZONES = zoneChoices();

/** Title, direction, host city, the two time zones, dates and status. */
export function MissionGeneral({ mission, pairing, update }: Props) {
  const { t } = useTranslation('missions');
  const zoneNames = useZoneNames();
  // Naming some 200 zones with their offsets takes ~60 ms: both lists fill in when the browser is
  // idle after the screen is up (or at once when a list is focused first); until then each offers
  // the zone it holds. A task of its own right after the first paint still ran while the agenda loaded.
  const [allZones, setAllZones] = useState(false);
  useEffect(() => whenIdle(() => setAllZones(true), 2000), []);
  const fillZones = () => setAllZones(true);
  const collator = new Intl.Collator();
  const hosts = [...pairing.lac.municipalities, ...pairing.eu.municipalities].sort((a, b) => collator.compare(a.name, b.name));
  // Offsets as they are during the mission (Madrid is GMT+2 in June, whenever it is planned), at midday of its first day.
  const during = mission.startDate && isIsoDate(mission.startDate) ? new Date(`${mission.startDate}T12:00:00Z`) : undefined;
  const zones = ZONES.includes(mission.hostZone) && ZONES.includes(mission.visitorZone) ? ZONES : [...new Set([...ZONES, mission.hostZone, mission.visitorZone])].sort();
  return (
    <section aria-labelledby="mission-general" className="card">
      <h2 id="mission-general">{t('general.heading')}</h2>
      <TextField label={t('general.title')} value={mission.title} required onSave={(title) => update({ title })} />
      <div className="row">
        <SelectField label={t('general.direction')} value={mission.direction} options={MISSION_DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))} onSave={(direction) => update({ direction })} />
        <SelectField label={t('general.host')} value={mission.hostMunicipalityId} options={hosts.map((m) => ({ value: m.id, label: m.name }))} onSave={(hostMunicipalityId) => update({ hostMunicipalityId })} />
        <SelectField label={t('general.status')} value={mission.status} options={MISSION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} onSave={(status) => update({ status })} />
      </div>
      <div className="row">
        <DateField label={t('general.startDate')} value={mission.startDate} onSave={(startDate) => update({ startDate })} />
        <DateField label={t('general.endDate')} value={mission.endDate} onSave={(endDate) => update({ endDate })} />
        <SelectField label={t('general.hostZone')} value={mission.hostZone} options={zoneNames.options(allZones ? zones : [mission.hostZone], during)} onSave={(hostZone) => update({ hostZone })} onFocus={fillZones} />
        <SelectField label={t('general.visitorZone')} value={mission.visitorZone} options={zoneNames.options(allZones ? zones : [mission.visitorZone], during)} onSave={(visitorZone) => update({ visitorZone })} onFocus={fillZones} />
      </div>
      <p className="hint">{t('general.zoneHint')}</p>
      {/* The mission's texts, its agenda's and its report's are all in one language: the team's. */}
      <WrittenInField value={mission.writtenIn} onSave={(writtenIn) => update({ writtenIn })} />
    </section>
  );
}
