import { z } from 'zod';
import { RECORD_KINDS, type RecordKind } from '../model/records';

/**
 * One change to one record: the fields it sets, all stamped with one clock
 * stamp. It carries its own id, so applying it twice is applying it once.
 * It is what the outbox holds and what sync sends.
 */
export type Change = {
  id: string;
  kind: RecordKind;
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

export const changeSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]]),
  recordId: z.string().min(1).max(64),
  pairingId: z.string().min(1).max(64),
  fields: z.record(z.string(), z.unknown()),
  hlc: z.string().max(64),
  seen: z.record(z.string(), z.string().max(64).nullable()).optional(),
});
