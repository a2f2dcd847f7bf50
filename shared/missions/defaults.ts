import { leadMunicipality, type Pairing } from '../model/pairing';
import type { AgendaItem } from './agenda-item';
import type { Mission } from './mission';
import type { FollowUp, PersonMet } from './report';
import type { MissionDirection } from './vocab';
import { defaultZone } from './zones';

type Fields<T> = Omit<T, 'id' | 'pairingId'>;

// Every field present when a record is made, so its first change carries all of it.

function leadOf(side: Pairing['eu']) {
  return leadMunicipality(side) ?? side.municipalities[0]!;
}

/** A new mission: the European team visiting the partner's lead city, unless told otherwise. */
export function newMissionFields(pairing: Pick<Pairing, 'eu' | 'lac'>, title: string, direction: MissionDirection = 'eu-to-lac'): Fields<Mission> {
  const host = direction === 'lac-to-eu' ? leadOf(pairing.eu) : leadOf(pairing.lac);
  const visitor = direction === 'lac-to-eu' ? leadOf(pairing.lac) : leadOf(pairing.eu);
  return {
    deleted: false,
    title,
    direction,
    hostMunicipalityId: host.id,
    hostZone: defaultZone(host.country),
    visitorZone: defaultZone(visitor.country),
    startDate: null,
    endDate: null,
    status: 'planned',
    objectives: {},
    delegation: [],
    logistics: [],
    findings: '',
    lessons: '',
    goodPractices: '',
  };
}

export function newAgendaItemFields(mission: Pick<Mission, 'hostZone'> & { id: string }, date: string, order: number, title: string, start = '09:00', end = '10:00'): Fields<AgendaItem> {
  return {
    deleted: false,
    missionId: mission.id,
    date,
    order,
    kind: 'meeting',
    title,
    start,
    end,
    zone: mission.hostZone,
    venue: '',
    address: '',
    mapUrl: '',
    hosts: '',
    participants: [],
    notes: '',
    fieldNotes: '',
  };
}

export function newFollowUpFields(missionId: string, what: string): Fields<FollowUp> {
  return { deleted: false, missionId, what, owner: '', due: null, status: 'open' };
}

export function newPersonMetFields(missionId: string, name: string): Fields<PersonMet> {
  return { deleted: false, missionId, name, role: '', organisation: '', email: '', notes: '' };
}
