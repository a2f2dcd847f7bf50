import type { z } from 'zod';
import { pairingSchema } from './pairing';
import { agreementSchema } from './agreement';
import { assignmentSchema, positionSchema } from './team';
import { MISSION_SCHEMAS } from '../missions/schemas';
import { UCAP_LOCALIZED_FIELDS, UCAP_SCHEMAS } from '../ucap/schemas';
import { stakeholderSchema } from '../stakeholders/schema';
import { conflictSchema } from './conflict';

// Every kind of synced record, with its schema. Later kinds (missions,
// stakeholders, UCAP sections, attachments) join this table and inherit the
// write path, the outbox and the merge unchanged.
export const RECORD_SCHEMAS = {
  pairing: pairingSchema,
  agreement: agreementSchema,
  position: positionSchema,
  assignment: assignmentSchema,
  ...MISSION_SCHEMAS,
  ...UCAP_SCHEMAS,
  stakeholder: stakeholderSchema,
  conflict: conflictSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;

/** Per-field clock stamps: which change last set each field. */
export type Stamps = Record<string, string>;

/** A record as stored on a device or the server: its fields and their stamps. */
export type Stored<K extends RecordKind> = RecordOf<K> & { stamps: Stamps };

export type AnyStored = { id: string; pairingId: string; deleted: boolean; stamps: Stamps } & Record<string, unknown>;

/**
 * Long texts whose losing value is kept as a conflict when two people edit
 * them concurrently. Other fields settle by last writer wins, silently.
 */
export const CONFLICT_FIELDS: Partial<Record<RecordKind, readonly string[]>> = {
  pairing: ['summary'],
  agreement: ['signatories'],
  assignment: ['handoverNote'],
};

/**
 * Texts written in several languages (LocalizedText). Each language merges
 * on its own: a change carries "summary.pt", not the whole summary, so a
 * Portuguese and a Spanish edit made at the same time both stay.
 */
export const LOCALIZED_FIELDS: Partial<Record<RecordKind, readonly string[]>> = {
  pairing: ['summary'],
  ...UCAP_LOCALIZED_FIELDS,
};

/** "summary.pt" → ["summary", "pt"]; "status" → ["status", null]. */
export function splitFieldKey(key: string): [string, string | null] {
  const dot = key.indexOf('.');
  return dot < 0 ? [key, null] : [key.slice(0, dot), key.slice(dot + 1)];
}

/** The value a field key names in a record, one level deep for localized texts. */
export function fieldValue(record: Record<string, unknown>, key: string): unknown {
  const [field, sub] = splitFieldKey(key);
  const value = record[field];
  return sub === null ? value : (value as Record<string, unknown> | undefined)?.[sub];
}

/** Fields that identify a record and never change after it is made. */
export const IDENTITY_FIELDS = ['id', 'pairingId'] as const;

/** A stored record's fields without its clock stamps: what its schema checks. */
export function withoutStamps(record: AnyStored): Record<string, unknown> {
  const { stamps: _stamps, ...rest } = record;
  return rest;
}
