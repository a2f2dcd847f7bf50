import type { PonteDatabase } from './database';
import { writeRecords } from './write-path';
import { newId } from '../../../shared/ids';
import { addDays } from '../../../shared/model/dates';
import { newAssignmentFields, type Person } from '../../../shared/model/defaults';
import type { Assignment } from '../../../shared/model/team';

export type Handover = {
  /** The day the successor takes over; the outgoing holder's last day is the day before. */
  date: string;
  note: string;
  successor: Person;
};

/**
 * Hands a position over: the outgoing assignment ends the day before the
 * handover with the note left for the successor, and the successor's
 * assignment starts on the handover day, so exactly one of them holds the
 * position on any day. One transaction: never an ended holder without a successor.
 */
export async function handOver(db: PonteDatabase, outgoing: Pick<Assignment, 'id' | 'pairingId' | 'positionId'>, handover: Handover): Promise<string> {
  const successorId = newId();
  await writeRecords(db, [
    { kind: 'assignment', recordId: outgoing.id, pairingId: outgoing.pairingId, fields: { to: addDays(handover.date, -1), handoverNote: handover.note } },
    { kind: 'assignment', recordId: successorId, pairingId: outgoing.pairingId, fields: newAssignmentFields(outgoing.positionId, handover.successor, handover.date) },
  ]);
  return successorId;
}
