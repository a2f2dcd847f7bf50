import { HttpError } from '../http-error';

// What a database error means for the request that met it. Connection loss
// (a restart, a failover, a network cut) is the database being away: 503 with
// Retry-After, and the pool reconnects by itself once it is back. A lost race
// between transactions (deadlock, serialization failure, a key taken by a
// transaction that committed first) is worth running the transaction again.

/** Seconds a client is told to wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_S = 2;

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Is this the database being unreachable, shutting down or starting up (not something the request did)? */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = codeOf(error);
  // Class 08: connection exception; 57P0x: admin/crash shutdown, cannot connect now; 53300: too many connections.
  if (code && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  // node-postgres reports a socket closed under it without a code.
  return /Connection terminated|Client has encountered a connection error|connection timeout|timeout exceeded when trying to connect|Client was closed/i.test(error.message);
}

/** Deadlock, serialization failure, or a unique key another transaction took first: the same transaction may simply be run again. */
export function isLostRace(error: unknown): boolean {
  const code = codeOf(error);
  return code === '40001' || code === '40P01' || code === '23505';
}

export const databaseUnavailable = () => new HttpError(503, 'databaseUnavailable', 'the database is not reachable now; retry shortly');

/** The error to answer with: connection loss becomes a 503 HttpError; anything else is passed on as it is. */
export function asHttpError(error: unknown): unknown {
  return isConnectionError(error) ? databaseUnavailable() : error;
}
