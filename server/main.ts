import { buildApp } from './app';
import { parseTrustProxy } from './config';
import { parseAllowedOrigins } from './cors';
import { openDatabase } from './db/open';
import { migrate } from './db/migrate';

// `npm run server`: PGlite in PONTE_DATA_DIR (default ./server-data), or the
// PostgreSQL of DATABASE_URL; 127.0.0.1:8787 unless HOST / PORT say otherwise.
// TRUST_PROXY: a number of proxies in front, or their addresses/CIDRs (README).
const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
// PONTE_ALLOWED_ORIGINS: the web build's own origin(s), comma-separated (default: ponte://app and loopback).
const allowedOrigins = parseAllowedOrigins(process.env.PONTE_ALLOWED_ORIGINS);
const db = await openDatabase();
const applied = await migrate(db);
const app = buildApp({ db, config: { logger: true, trustProxy, allowedOrigins } });
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
await app.listen({ host, port });
app.log.info(`${db.engine} database, migrations applied now: ${applied.length ? applied.join(', ') : 'none'}`);

const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
