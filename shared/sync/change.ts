import { z } from 'zod';

/**
 * One change to one record: the fields it sets, all stamped with one clock
 * stamp. It carries its own id, so applying it twice is applying it once.
 * It is what the outbox holds and what sync sends.
 */
export type Change = {
  id: string;
  /**
   * The kind of record, as a string: a device or server of another version
   * may send a kind this one does not know yet, which is kept or refused per
   * change, never a reason to fail a whole push or pull.
   */
  kind: string;
  recordId: string;
  pairingId: string;
  fields: Record<string, unknown>;
  hlc: string;
  /**
   * For fields where a lost edit must be kept (long texts): the stamp of the
   * value the writer saw when it replaced it (null: none). The server compares
   * it with what it holds to tell a concurrent edit from a sequential one.
   */
  seen?: Record<string, string | null>;
};

/** A record kind's name on the wire: known or not, it is a short identifier. */
export const kindName = z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/);

/**
 * Ids of records, changes and pairings: the app makes UUID v7 ids, the server
 * `conflict-<16 hex>`, sample data readable ones ("sample-person-1"). A
 * bounded charset keeps every id the same text in JSON, in PostgreSQL and in
 * a URL (a lone surrogate, for one, came back from the database as U+FFFD).
 */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
export const idText = z.string().regex(ID_PATTERN);

/** A clock stamp as sent: printable ASCII, short. Whether it reads as a stamp is the server's to refuse per change (invalidChange). */
const stampText = z.string().regex(/^[\x21-\x7e]{1,64}$/);

/** A field key: a field's name, or a per-language text's name and language ("summary.pt"). */
const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}(\.[A-Za-z]{2,8})?$/;

/** Bounds on what a change's fields may hold, whatever their kind: far above any record's, far below what hurts a server. */
export const FIELD_LIMITS = { depth: 32, nodes: 50_000, stringLength: 200_000, keyLength: 200 } as const;

/**
 * Why a JSON value breaks FIELD_LIMITS or holds text that is not well-formed
 * Unicode (a lone surrogate), or null. Walked with a stack of its own, so a
 * value nested ten thousand deep is refused, not a stack overflow.
 */
export function jsonProblem(value: unknown, limits: typeof FIELD_LIMITS = FIELD_LIMITS): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (++nodes > limits.nodes) return 'too many values';
    if (typeof v === 'string') {
      if (v.length > limits.stringLength) return 'text too long';
      if (!v.isWellFormed()) return 'text is not well-formed Unicode';
      continue;
    }
    if (v === null || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return 'not a finite number';
      continue;
    }
    if (typeof v !== 'object') return 'not a JSON value';
    if (depth >= limits.depth) return 'nested too deep';
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const [key, item] of Object.entries(v)) {
      if (key.length > limits.keyLength || !key.isWellFormed()) return 'key too long or not well-formed Unicode';
      stack.push({ value: item, depth: depth + 1 });
    }
  }
  return null;
}

const fieldsSchema = z
  .record(z.string().regex(FIELD_KEY), z.unknown())
  .refine((fields) => Object.keys(fields).length <= 200, { error: 'too many fields' })
  .superRefine((fields, ctx) => {
    const problem = jsonProblem(fields);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const changeSchema = z.object({
  id: idText,
  kind: kindName,
  recordId: idText,
  pairingId: idText,
  fields: fieldsSchema,
  hlc: stampText,
  seen: z.record(z.string().regex(FIELD_KEY), stampText.nullable()).optional(),
});
