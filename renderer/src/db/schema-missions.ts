import type { Table } from 'dexie';
import type { Stored } from '../../../shared/model/records';

// Tables of technical missions (issue 7), added in database version 2.
// `blobs` is not a synced record table: it holds attachment bytes (photos and
// their thumbnails) keyed by SHA-256, so the same bytes are stored once and
// can later be synced by hash, apart from the records that point to them.
export const MISSION_TABLES: Record<string, string> = {
  missions: 'id, pairingId',
  agendaItems: 'id, pairingId, missionId',
  followUps: 'id, pairingId, missionId',
  personsMet: 'id, pairingId, missionId',
  photos: 'id, pairingId, missionId, sha256',
  blobs: 'sha256',
};

/** The table of each mission record kind, joined into TABLE_OF as one line. */
export const MISSION_TABLE_OF = {
  mission: 'missions',
  agendaItem: 'agendaItems',
  followUp: 'followUps',
  personMet: 'personsMet',
  photo: 'photos',
} as const;

/** Attachment bytes: the file once per hash; `kind` tells a thumbnail from an original. */
export type BlobRow = { sha256: string; bytes: ArrayBuffer; mimeType: string; size: number; kind: 'original' | 'thumbnail'; addedAt: number };

/** Typed access to the mission tables, which PonteDatabase declares by name only through TABLE_OF. */
export type MissionTables = {
  missions: Table<Stored<'mission'>, string>;
  agendaItems: Table<Stored<'agendaItem'>, string>;
  followUps: Table<Stored<'followUp'>, string>;
  personsMet: Table<Stored<'personMet'>, string>;
  photos: Table<Stored<'photo'>, string>;
  blobs: Table<BlobRow, string>;
};

/** The mission tables of a database, reached by name (Dexie keeps one Table object per name). */
export function missionTables(db: { table: (name: string) => Table<unknown, string> }): MissionTables {
  const t = (name: keyof MissionTables) => db.table(name) as never;
  return { missions: t('missions'), agendaItems: t('agendaItems'), followUps: t('followUps'), personsMet: t('personsMet'), photos: t('photos'), blobs: t('blobs') };
}
