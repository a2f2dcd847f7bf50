import { z } from 'zod';
import { SIDES } from './vocabularies';
import { email, id, isoDate, LONG_TEXT_MAX, optionalIsoDate, optionalText, recordBase, requiredText, writtenIn } from './fields';

/** A position that outlives the people in it, e.g. the international relations officer of Málaga. */
export const positionSchema = z.object({
  ...recordBase,
  side: z.enum(SIDES),
  title: requiredText(),
  organisation: optionalText(),
  writtenIn,
});
export type Position = z.infer<typeof positionSchema>;

/** A person holding a position from one date to another (open-ended while they hold it). */
export const assignmentSchema = z
  .object({
    ...recordBase,
    positionId: id,
    name: requiredText(),
    email,
    phone: optionalText(60),
    organisation: optionalText(),
    from: isoDate,
    to: optionalIsoDate,
    /** What the holder leaves for the successor: contacts, commitments, open files. */
    handoverNote: optionalText(LONG_TEXT_MAX),
    writtenIn,
  })
  .refine((a) => !a.to || a.to >= a.from, { error: 'endBeforeStart', path: ['to'] });
export type Assignment = z.infer<typeof assignmentSchema>;

/** Holds the position on `day` (inclusive at both ends). */
export function isCurrent(a: Pick<Assignment, 'from' | 'to' | 'deleted'>, day: string): boolean {
  return !a.deleted && a.from <= day && (a.to === null || a.to >= day);
}

/** The current holders of a position, and its whole history newest first. */
export function positionHolders<A extends Pick<Assignment, 'from' | 'to' | 'deleted' | 'positionId'>>(
  positionId: string,
  assignments: readonly A[],
  day: string,
): { current: A[]; history: A[] } {
  const mine = assignments.filter((a) => a.positionId === positionId && !a.deleted);
  const history = [...mine].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  return { current: history.filter((a) => isCurrent(a, day)), history };
}
