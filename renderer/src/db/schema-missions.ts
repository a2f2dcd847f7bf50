import type { Table } from 'dexie';
import type { Stored } from '../../../shared/model/records';
import { TABLE_OF } from './database';

/** Typed access to the mission tables, which PonteDatabase reaches by name through the declarations. */
export type MissionTables = {
  missions: Table<Stored<'mission'>, string>;
  agendaItems: Table<Stored<'agendaItem'>, string>;
  followUps: Table<Stored<'followUp'>, string>;
  personsMet: Table<Stored<'personMet'>, string>;
  photos: Table<Stored<'photo'>, string>;
};

/** The mission tables of a database, reached by name (Dexie keeps one Table object per name). */
export function missionTables(db: { table: (name: string) => Table<unknown, string> }): MissionTables {
  const t = (kind: 'mission' | 'agendaItem' | 'followUp' | 'personMet' | 'photo') => db.table(TABLE_OF[kind]) as never;
  return { missions: t('mission'), agendaItems: t('agendaItem'), followUps: t('followUp'), personsMet: t('personMet'), photos: t('photo') };
}
