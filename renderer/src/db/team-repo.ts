import type { PonteDatabase } from './database';
import { writeRecords } from './write-path';
import { newId } from '../../../shared/ids';
import { newAssignmentFields, type Person } from '../../../shared/model/defaults';
import type { Assignment } from '../../../shared/model/team';

export type Handover = {
  /** The day the successor takes over; the outgoing holder's last day is the same day. */
  date: string;
  note: string;
  successor: Person;
};

/**
 * Hands a position over: the outgoing assignment ends on the handover day with
 * the note left for the successor, and the successor's assignment starts that
 * day. One transaction: never an ended holder without a successor.
 */
export async function handOver(db: PonteDatabase, outgoing: Pick<Assignment, 'id' | 'pairingId' | 'positionId'>, handover: Handover): Promise<string> {
  const successorId = newId();
  await writeRecords(db, [
    { kind: 'assignment', recordId: outgoing.id, pairingId: outgoing.pairingId, fields: { to: handover.date, handoverNote: handover.note } },
    { kind: 'assignment', recordId: successorId, pairingId: outgoing.pairingId, fields: newAssignmentFields(outgoing.positionId, handover.successor, handover.date) },
  ]);
  return successorId;
}
