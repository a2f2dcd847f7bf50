import type { PushContext } from '../sync/server-apply';
import { agreesInAnotherName } from '../ucap/agreement';

/**
 * The rules beyond roles that a server applies to the changes of one account:
 * the PostgreSQL server and the reference server of the tests use the same.
 */
export function serverPolicy(accountEmail: string): NonNullable<PushContext['policy']> {
  return (change, before, after) => (change.kind === 'ucapPlan' && agreesInAnotherName(before, after, accountEmail) ? 'notSigner' : null);
}
