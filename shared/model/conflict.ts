import { z } from 'zod';
import { id, recordBase } from './fields';

/**
 * A long text that lost to a concurrent edit, kept beside the record it lost
 * on until someone resolves it (keeps one text or writes a merged one).
 * Resolving deletes the conflict (a tombstone, like every delete).
 */
export const conflictSchema = z.object({
  ...recordBase,
  recordKind: z.string().min(1).max(40),
  recordRef: id,
  field: z.string().min(1).max(80),
  losingValue: z.unknown(),
  losingHlc: z.string().max(64),
  winningHlc: z.string().max(64),
});
export type Conflict = z.infer<typeof conflictSchema>;
