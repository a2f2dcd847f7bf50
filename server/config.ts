import { isIP } from 'node:net';
import type { Db } from './db/db';
import { DEFAULT_ALLOWED_ORIGINS } from './cors';
import type { ThrottlePolicy } from './auth/throttle';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

export type ThrottleConfig = Record<'signInAccount' | 'signInAddress' | 'registerAddress' | 'acceptAccount' | 'acceptAddress', ThrottlePolicy>;

/** fastify's trustProxy forms that name whom to trust (never `true`: that trusts any X-Forwarded-For). */
export type TrustProxy = false | number | string[];

export type ServerConfig = {
  /** Largest request body, in bytes (413 above). A full push batch of long texts fits well below it. */
  bodyLimit: number;
  /** Largest body of the routes that take a few fields (accounts, invitations, members), in bytes. */
  smallBodyLimit: number;
  sessionTtlMs: number;
  invitationTtlMs: number;
  /** Growing delays (server/auth/throttle.ts); see README, "Several instances on one PostgreSQL". */
  throttle: ThrottleConfig;
  /**
   * Which hops may tell the client's address in X-Forwarded-For, fastify's
   * own way: false (none, the default), a hop count, or proxy addresses/CIDRs.
   */
  trustProxy: TrustProxy;
  /** Origins whose pages may call the API (CORS); see server/cors.ts. */
  allowedOrigins: readonly string[];
  logger: boolean;
};

export const DEFAULT_CONFIG: ServerConfig = {
  bodyLimit: 5 * 1024 * 1024,
  smallBodyLimit: 16 * 1024,
  sessionTtlMs: 30 * 24 * 3600 * 1000,
  invitationTtlMs: 7 * 24 * 3600 * 1000,
  throttle: {
    // The owner of an account is never kept out for more than a minute…
    signInAccount: { free: 3, capMs: 60 * 1000, forgetMs: 15 * MINUTE },
    // …while one address guessing across many accounts waits up to a quarter of an hour.
    signInAddress: { free: 10, capMs: 15 * MINUTE, forgetMs: HOUR },
    // Every registration counts (it is not a failure that makes accounts pile up).
    registerAddress: { free: 20, capMs: 15 * MINUTE, forgetMs: HOUR },
    acceptAccount: { free: 5, capMs: 15 * MINUTE, forgetMs: HOUR },
    acceptAddress: { free: 10, capMs: 15 * MINUTE, forgetMs: HOUR },
  },
  trustProxy: false,
  allowedOrigins: DEFAULT_ALLOWED_ORIGINS,
  logger: false,
};

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrCidr(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * TRUST_PROXY as fastify understands it: a number is how many proxies stand
 * in front (1: the load balancer; the client is the address it appended),
 * anything else a comma-separated list of the proxies' addresses or CIDRs
 * (or proxy-addr's names loopback, linklocal, uniquelocal). Unset, empty or 0:
 * no proxy, X-Forwarded-For is ignored. "true" is refused: it would let any
 * client name its own address.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((e) => e.trim()).filter(Boolean);
  const wrong = entries.filter((e) => !isAddressOrCidr(e));
  if (wrong.length || !entries.length) throw new Error(`TRUST_PROXY must be a number of proxies or their addresses/CIDRs, comma-separated (not: ${wrong.join(', ') || text})`);
  return entries;
}

/** fastify takes a hop count at run time but its types do not: the same rule as a function (trust the first n hops). */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** What every route needs: the database and the time (injected, so tests can move it). */
export type AppContext = { db: Db; now: () => number; config: ServerConfig };
