import type { Db } from './db/db';

export type ServerConfig = {
  /** Largest request body, in bytes (413 above). A full push batch of long texts fits well below it. */
  bodyLimit: number;
  /** Largest body of the routes that take a few fields (accounts, invitations, members), in bytes. */
  smallBodyLimit: number;
  sessionTtlMs: number;
  invitationTtlMs: number;
  /** Failed sign-ins counted over this window… */
  signInWindowMs: number;
  /** …at most this many per e-mail address… */
  maxFailuresPerEmail: number;
  /** …and this many per client address, before 429. */
  maxFailuresPerAddress: number;
  /** Behind a load balancer: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  logger: boolean;
};

export const DEFAULT_CONFIG: ServerConfig = {
  bodyLimit: 5 * 1024 * 1024,
  smallBodyLimit: 16 * 1024,
  sessionTtlMs: 30 * 24 * 3600 * 1000,
  invitationTtlMs: 7 * 24 * 3600 * 1000,
  signInWindowMs: 15 * 60 * 1000,
  maxFailuresPerEmail: 5,
  maxFailuresPerAddress: 20,
  trustProxy: false,
  logger: false,
};

/** What every route needs: the database and the time (injected, so tests can move it). */
export type AppContext = { db: Db; now: () => number; config: ServerConfig };
