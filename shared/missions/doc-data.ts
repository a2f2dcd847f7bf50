import type { Pairing } from '../model/pairing';
import type { Assignment, Position } from '../model/team';
import type { AgendaItem } from './agenda-item';
import type { Mission } from './mission';
import type { FollowUp, PersonMet } from './report';
import type { Stakeholder } from '../stakeholders/schema';

/** A photo ready for a document: upright bytes already scaled down, and where it belongs. */
export type DocPhoto = { data: Uint8Array; type: 'jpg' | 'png'; width: number; height: number; caption: string; agendaItemId: string | null };

/** Everything the two mission documents are made from, as plain data. */
export type MissionDocData = {
  pairing: Pairing;
  mission: Mission;
  items: AgendaItem[];
  positions: Position[];
  assignments: Assignment[];
  /** Stakeholders who travel with the delegation (their ids are in mission.delegation too). */
  stakeholders?: Stakeholder[];
  followUps: FollowUp[];
  personsMet: PersonMet[];
  photos: DocPhoto[];
};
