import type { Pairing, Municipality } from './pairing';
import type { Agreement } from './agreement';
import type { Assignment, Position } from './team';
import type { Side } from './vocabularies';

type Fields<T> = Omit<T, 'id' | 'pairingId'>;

// The fields of a record when it is first made: every field present, so the
// first change carries the whole record and any replica can build it from that.

export function newPairingFields(eu: Municipality, lac: Municipality): Fields<Pairing> {
  return {
    deleted: false,
    eu: { municipalities: [eu], leadId: eu.id },
    lac: { municipalities: [lac], leadId: lac.id },
    themes: [],
    frameworks: [],
    startDate: null,
    endDate: null,
    status: 'in-preparation',
    summary: {},
  };
}

export function newAgreementFields(title: string): Fields<Agreement> {
  return { deleted: false, title, signedOn: null, signatories: '', copyLocation: '' };
}

export function newPositionFields(side: Side, title: string, organisation = ''): Fields<Position> {
  return { deleted: false, side, title, organisation };
}

export type Person = Pick<Assignment, 'name' | 'email' | 'phone' | 'organisation'>;

export function newAssignmentFields(positionId: string, person: Person, from: string): Fields<Assignment> {
  return { deleted: false, positionId, ...person, from, to: null, handoverNote: '' };
}
