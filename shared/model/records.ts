import type { z } from 'zod';
import { KINDS, declarationOf, fieldsWithRule, isKnownKind, ruleOf, type RecordKind, type SchemaOf } from '../kinds/registry';

// The record kinds as the rest of the code reads them, all derived from the
// declarations in shared/kinds: nothing here is a list kept by hand.

export type { RecordKind };
export { isKnownKind };

export const RECORD_SCHEMAS = Object.fromEntries(KINDS.map((k) => [k.kind, k.schema])) as { [K in RecordKind]: SchemaOf<K> };
export const RECORD_KINDS = KINDS.map((k) => k.kind) as RecordKind[];

export type RecordOf<K extends RecordKind> = z.infer<SchemaOf<K>>;

/** Per-field clock stamps: which change last set each field. */
export type Stamps = Record<string, string>;

/** A record as stored on a device or the server: its fields and their stamps. */
export type Stored<K extends RecordKind> = RecordOf<K> & { id: string; pairingId: string; deleted: boolean; stamps: Stamps };

export type AnyStored = { id: string; pairingId: string; deleted: boolean; stamps: Stamps } & Record<string, unknown>;

/**
 * Texts whose losing value is kept as a conflict when two people edit them
 * concurrently (long texts and per-language texts). Other fields settle by
 * last writer wins, silently.
 */
export function conflictFieldsOf(kind: string): readonly string[] {
  return fieldsWithRule(kind, 'longText', 'localizedText');
}

/** Whether a field (or one language of it, "summary.pt") keeps a displaced text as a conflict. */
export function isConflictField(kind: string, key: string): boolean {
  const rule = ruleOf(kind, splitFieldKey(key)[0]);
  return rule === 'longText' || rule === 'localizedText';
}

/**
 * Texts written in several languages (LocalizedText). Each language merges on
 * its own: a change carries "summary.pt", not the whole summary, so a
 * Portuguese and a Spanish edit made at the same time both stay.
 */
export function localizedFieldsOf(kind: string): readonly string[] {
  return fieldsWithRule(kind, 'localizedText');
}

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

import { IDENTITY_FIELDS } from '../kinds/define';
export { IDENTITY_FIELDS };

/** Is this field key ("status", "summary.pt") one that this version of Ponte knows for the kind? */
export function isKnownFieldKey(kind: string, key: string): boolean {
  const declaration = declarationOf(kind);
  if (!declaration) return false;
  const [field, lang] = splitFieldKey(key);
  // Identity travels in the change's own id fields; the merge ignores it in `fields`.
  if (lang === null && (IDENTITY_FIELDS as readonly string[]).includes(field)) return true;
  const rule = (declaration.fields as Record<string, string>)[field];
  if (rule === undefined) return false;
  // A per-language text may come whole (the merge reads it language by language) or one language at a time.
  return lang === null || (rule === 'localizedText' && /^[a-z]{2,3}$/.test(lang));
}

/** A stored record's fields without its clock stamps: what its schema checks. */
export function withoutStamps(record: AnyStored): Record<string, unknown> {
  const { stamps: _stamps, ...rest } = record;
  return rest;
}
