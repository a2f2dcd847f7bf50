import type { z } from 'zod';
import type { Lang } from '../i18n/langs';

// What Ponte knows about one kind of record, declared once. The Dexie stores,
// the merge maps of device and server, the bin, attachment sync and emptying
// the bin are all built from these declarations (see registry.ts), so nothing
// about a kind is written in a second list that could drift from its schema.

/**
 * How concurrent edits of one field settle:
 * - `value`: last writer wins, silently (a date, a choice, a short name);
 * - `longText`: last writer wins, and a text a concurrent edit displaced is
 *   kept as a conflict for a person to resolve (what someone typed at length);
 * - `localizedText`: one text per language, each language merged on its own
 *   and kept as a conflict like a long text.
 */
export type MergeRule = 'value' | 'longText' | 'localizedText';

/** Fields every record has and no declaration repeats: identity never changes after creation. */
export const IDENTITY_FIELDS = ['id', 'pairingId'] as const;

/**
 * Where the bin stands on a kind: `listed` records appear in the bin when
 * deleted (with what they take along); `hidden` ones never do (a resolved
 * conflict is not something to restore).
 */
export type BinRule = 'listed' | 'hidden';

export type AttachmentField = { field: string; role: 'original' | 'thumbnail'; mimeField?: string };

type FieldsOf<S extends z.ZodType> = Exclude<keyof z.infer<S>, (typeof IDENTITY_FIELDS)[number]>;

export type KindDeclaration<K extends string = string, S extends z.ZodType = z.ZodType> = {
  kind: K;
  schema: S;
  /** The Dexie table that holds it on a device. */
  table: string;
  /** Dexie indexes besides the primary key `id` (pairingId first, always). */
  indexes: readonly string[];
  /** The merge rule of every field of the schema but its identity. */
  fields: Record<FieldsOf<S>, MergeRule>;
  /**
   * What the record belongs to: it is deleted, restored and removed from the
   * device with that parent. Absent only for the pairing itself; `kindField`
   * names a field holding the parent's kind when it varies (conflicts).
   */
  parent?: { kind: string; field: string } | { kindField: string; field: string };
  /**
   * Fields holding the SHA-256 of an attachment's bytes (each indexed, so the
   * bin knows which bytes are still used), whether they are the original or
   * a thumbnail, and which field names the original's media type.
   */
  attachments: readonly AttachmentField[];
  bin: BinRule;
  /**
   * The locale key (namespace:key) that names each text a conflict can be
   * kept for, so the conflict inbox says which text of which record it is.
   */
  textLabels: Partial<Record<FieldsOf<S>, string>>;
  /**
   * The list of a saved UCAP version (the snapshot's content) that keeps
   * records of this kind: saving a version copies them, restoring one
   * rewrites them. Absent for kinds a version does not hold.
   */
  ucapVersionList?: string;
  /** How the bin and other lists name a record of this kind, in a language. */
  describe(record: z.infer<S>, lang: Lang): string;
};

/** Declares a kind, checking at compile time that every field has a merge rule. */
export function defineKind<K extends string, S extends z.ZodType>(declaration: KindDeclaration<K, S>): KindDeclaration<K, S> {
  return declaration;
}
