import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { Worker } from 'node:worker_threads';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import type { Db } from './db/db';
import { openPglite } from './db/pglite';
import { migrate } from './db/migrate';
import { hashToken } from './auth/tokens';
import { formatStamp } from '../shared/clock/hlc';
import { newStakeholderFields } from '../shared/stakeholders/schema';

// Hostile requests to every route of a real instance over HTTP (PGlite in
// memory): valid bodies of shared/sync/protocol.ts mutated (wrong types, huge
// strings, deep nesting, lone surrogates, NUL, unknown fields, arrays for
// objects), raw bytes and invalid UTF-8, every content type, bodies up to a
// few MB, ids of other pairings and made-up ones, tokens of other accounts,
// replays of earlier requests. What must hold for each:
//   - never a 5xx;
//   - a refusal (4xx) changes nothing: the digest of every table is the same
//     after it as before, except the tables that count refusals themselves
//     (failed sign-ins and other throttling bookkeeping: counting a wrong
//     password is what makes a limit possible, see EXCLUDED);
//   - the instance answers GET /health within a second throughout, while a
//     hostile request is in flight too.
// Seeded: PONTE_HOSTILE_SEED and PONTE_HOSTILE_RUNS change seed and runs.

const SEED = Number(process.env.PONTE_HOSTILE_SEED ?? 20_261_202);
const RUNS = Number(process.env.PONTE_HOSTILE_RUNS ?? 100);
/** Bookkeeping of refusals, which a refusal legitimately writes (matched on table names, so new throttle tables count too). */
const EXCLUDED = /fail|throttl|attempt|rate_limit/;
const MB = 1024 * 1024;

type Fixture = {
  base: string;
  accounts: { name: string; id: string; email: string; password: string; token: string }[];
  tokens: string[];
  pairings: string[];
  recordIds: string[];
  blob: { pairingId: string; sha256: string };
  codes: string[];
  memberships: { pairing_id: string; account_id: string; role: string }[];
  recorded: Wire[];
};

/** One request exactly as it goes on the wire. */
type Wire = { method: string; path: string; headers: Record<string, string>; body?: Buffer; note: string };
type Answer = { status: number; text: string };

function send(base: string, wire: Wire, timeoutMs = 60_000): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: wire.method, path: wire.path, headers: { ...wire.headers, ...(wire.body ? { 'content-length': String(wire.body.length) } : {}) }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    // A server may answer (413, 401) and close before reading a large body: that is an answer, not an error.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(wire.body);
  });
}

const json = (value: unknown, token?: string, path = '/', method = 'POST', note = ''): Wire => ({
  method,
  path,
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: Buffer.from(JSON.stringify(value)),
  note,
});

/** Every table's rows, hashed, but the bookkeeping of refusals. */
async function digest(db: Db): Promise<string> {
  const tables = await db.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1");
  const parts: string[] = [];
  for (const { name } of tables) {
    if (EXCLUDED.test(name)) continue;
    const [row] = await db.query<{ d: string }>(`select md5(coalesce(string_agg(md5(t::text), ',' order by md5(t::text)), '')) as d from "${name}" t`);
    parts.push(`${name}:${row!.d}`);
  }
  return parts.join(' ');
}

// ---- hostile values ----------------------------------------------------

/** JSON text that goes out as written (huge strings, deep nesting) instead of being built as a value. */
class Raw {
  constructor(readonly text: string) {}
}
function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const hugeString = fc.oneof(fc.integer({ min: 1_000, max: 100_000 }), fc.integer({ min: 100_000, max: 3 * MB })).chain((n) =>
  fc.constantFrom('x', 'é', '\\u0000', '\\ud800', '😀', '\\"').map((unit) => new Raw(`"${unit.repeat(Math.ceil(n / unit.length))}"`)),
);
const deepNesting = fc.integer({ min: 50, max: 20_000 }).chain((depth) => fc.constantFrom('[', '{"a":').map((open) => new Raw(open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth))));
const oddString = fc.oneof(
  fc.constantFrom('\ud800', 'rid\ud800', '\udfff\ud800', 'a\u0000b', '\u0000', '', ' ', '\u202e', 'Ω'.repeat(65), 'x'.repeat(10_000), '../../etc/passwd', "'; drop table records; --", '%00', '{"a":1}'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 70 }),
);
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: oddString },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(1e308), fc.constant(-0), fc.constant(Number.MAX_SAFE_INTEGER + 2), fc.boolean(), fc.constant(null)) },
  { weight: 2, arbitrary: fc.oneof(fc.constant([]), fc.constant({}), fc.array(fc.integer(), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 })) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
);

type Mutation = { at: number; op: 'replace' | 'unknownField' | 'remove' | 'wrapInArray' | 'objectForArray'; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'replace', 'replace', 'unknownField', 'remove', 'wrapInArray', 'objectForArray'),
  value: wrongValue,
});

/** Applies a mutation to a copy of a JSON value at the node `at` (modulo the node count, in preorder). */
function mutate(value: unknown, m: Mutation): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[] | null; key: string | number }[] = [{ parent: null, key: '' }];
  const walk = (v: unknown) => {
    if (v instanceof Raw || !v || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      nodes.push({ parent: v as Record<string, unknown>, key: Array.isArray(v) ? Number(k) : k });
      walk(child);
    }
  };
  const root = structuredCloneJson(value);
  walk(root);
  const node = nodes[m.at % nodes.length]!;
  const current = node.parent ? (node.parent as Record<string | number, unknown>)[node.key] : root;
  let next: unknown;
  switch (m.op) {
    case 'replace':
      next = m.value;
      break;
    case 'unknownField':
      next = current && typeof current === 'object' && !Array.isArray(current) && !(current instanceof Raw) ? { ...current, __proto__x: m.value, extra: m.value } : [current, m.value];
      break;
    case 'remove':
      if (node.parent && !Array.isArray(node.parent)) {
        delete (node.parent as Record<string, unknown>)[node.key as string];
        return root;
      }
      next = undefined;
      break;
    case 'wrapInArray':
      next = [current];
      break;
    case 'objectForArray':
      next = Array.isArray(current) ? Object.fromEntries(current.map((v, i) => [String(i), v])) : { 0: current };
      break;
  }
  if (!node.parent) return next;
  (node.parent as Record<string | number, unknown>)[node.key] = next;
  return root;
}
function structuredCloneJson(value: unknown): unknown {
  if (value instanceof Raw) return value;
  if (Array.isArray(value)) return value.map(structuredCloneJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneJson(v)]));
  return value;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/octet-stream',
  'text/plain',
  'multipart/form-data; boundary=----ponte',
  'application/x-www-form-urlencoded',
  'application/xml',
  'application/vnd.api+json',
  'application/json, text/plain',
  'garbage',
  null,
] as const;

/** A body as bytes: the mutated value as JSON, or raw bytes, invalid UTF-8, truncated JSON, nothing, a few MB. */
function bodyBytes(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Buffer | undefined> {
  const mutated = fc.tuple(valid, fc.array(mutation, { maxLength: 3 })).map(([v, ms]) => ms.reduce((acc, m) => mutate(acc, m), v));
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, ms]) => ms.reduce((acc, m) => mutate(acc, m), v)).map((v) => Buffer.from(toJson(v))) },
    // Valid bodies too, so that requests get through and build the state later ones meet.
    { weight: 4, arbitrary: valid.map((v) => Buffer.from(toJson(v))) },
    // Invalid UTF-8 (a lone surrogate's bytes, 0xFF) spliced into the JSON text.
    { weight: 1, arbitrary: fc.tuple(mutated, fc.nat(), fc.constantFrom([0xed, 0xa0, 0x80], [0xff], [0xc0, 0xaf], [0x00])).map(([v, at, bytes]) => { const b = Buffer.from(toJson(v)); const i = at % (b.length + 1); return Buffer.concat([b.subarray(0, i), Buffer.from(bytes), b.subarray(i)]); }) },
    { weight: 1, arbitrary: fc.tuple(mutated, fc.nat()).map(([v, cut]) => { const b = Buffer.from(toJson(v)); return b.subarray(0, cut % (b.length + 1)); }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 100_000, max: 6 * MB }), fc.constantFrom(0x41, 0x7b, 0x00, 0xff)).map(([n, byte]) => Buffer.alloc(n, byte)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(Buffer.alloc(0)) },
  );
}

// ---- the routes --------------------------------------------------------

const HOME = 'home-record';

/** Percent-encodes a path segment; a lone surrogate goes as its WTF-8 bytes (%ED%A0%80), which no UTF-8 decoder accepts. */
function encodeSegment(text: string): string {
  let out = '';
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    else out += encodeURIComponent(char);
  }
  return out;
}

function arbitraries(fx: Fixture) {
  const [a, b, c, d, e] = fx.accounts;
  const pairingId = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fx.pairings) },
    { weight: 1, arbitrary: fc.uuid({ version: 7 }) },
    { weight: 2, arbitrary: fc.constantFrom('%00', '%ED%A0%80', '%FF', '..%2F..%2Fhealth', 'a'.repeat(5000), '%F0%9F%98%80', 'P%20Q', "'%3B--", '%C3%A9', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 70 }).map(encodeSegment) },
  );
  const accountId = fc.oneof(fc.constantFrom(...fx.accounts.map((x) => x.id)), fc.uuid({ version: 7 }), fc.constantFrom('%00', '%ED%A0%80', 'x'.repeat(300)));
  const recordId = fc.oneof(fc.constantFrom(...fx.recordIds), fc.uuid({ version: 7 }), oddString);
  const role = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('coordinator', 'editor', 'viewer') }, { weight: 1, arbitrary: oddString });
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...fx.tokens) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('Bearer ' + 'A'.repeat(43), 'Bearer', 'Basic dXNlcjpwYXNz', 'Bearer ' + 'a'.repeat(5000), `Bearer ${fx.tokens[0]}x`, `bearer ${fx.tokens[0]}`, `Bearer  ${fx.tokens[0]}`) },
  );
  const stamp = fc.tuple(fc.constantFrom(-86_400_000, -1, 0, 1, 120_000, 299_000, 301_000, 1e12), fc.constantFrom(0, 1, 0xfffe, 0xffff), fc.constantFrom('deva', 'devb', 'server', 'x'.repeat(32))).map(([offset, counter, device]) =>
    formatStamp(Math.max(0, Date.now() + offset), counter, device),
  );
  // Ids that recur across runs, so that a record made in one run is edited in a later one.
  const stickyId = fc.constantFrom('rid\ud800', 'rid\udfff-2', '0190a7b2-7c1d-7e3f-8a4b-0000000000aa', 'sticky');
  const changeRecordId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fx.recordIds) }, { weight: 2, arbitrary: fc.uuid({ version: 7 }) }, { weight: 2, arbitrary: stickyId }, { weight: 1, arbitrary: oddString });
  const seen = fc.option(fc.dictionary(fc.constantFrom('notes', 'address', 'summary.es'), fc.option(stamp)), { nil: undefined });
  const stakeholderFields = fc.oneof(
    { weight: 2, arbitrary: fc.constant(newStakeholderFields({ side: 'eu', name: 'Ana Hostil' }) as Record<string, unknown>) },
    { weight: 2, arbitrary: fc.record({ stance: fc.constantFrom('supportive', 'opposed'), power: fc.integer({ min: 1, max: 5 }) }) },
    { weight: 3, arbitrary: fc.record({ notes: fc.oneof(fc.string({ maxLength: 50 }), oddString) }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 3 }) },
  );
  const clientConflict = fc.record({ recordKind: fc.constant('stakeholder'), recordId: changeRecordId, field: fc.constant('notes'), value: fc.string(), stamp });
  const change = fc
    .record({
      id: fc.uuid({ version: 7 }),
      kindAndFields: fc.oneof(
        { weight: 6, arbitrary: fc.tuple(fc.constant('stakeholder'), stakeholderFields) },
        { weight: 1, arbitrary: fc.tuple(fc.constant('pairing'), fc.record({ summary: fc.record({ es: fc.string({ maxLength: 30 }) }) })) },
        { weight: 1, arbitrary: fc.tuple(fc.constant('conflict'), clientConflict) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('futureKind', 'position'), fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 3 })) },
      ),
      recordId: changeRecordId,
      pairingId: fc.oneof({ weight: 3, arbitrary: fc.constant(fx.pairings[0]!) }, { weight: 1, arbitrary: fc.constant(fx.pairings[1]!) }),
      hlc: stamp,
      seen,
    })
    .map(({ kindAndFields: [kind, fields], seen: s, ...rest }) => ({ ...rest, kind, fields, ...(s === undefined ? {} : { seen: s }) }));
  const pushValue = fc.record({ deviceId: fc.constantFrom('deva', 'devb', 'hostile1'), changes: fc.array(change, { minLength: 1, maxLength: 3 }) });
  const email = fc.oneof(fc.constantFrom(...fx.accounts.map((x) => x.email)), fc.emailAddress());
  const password = fc.oneof(fc.constantFrom(...fx.accounts.map((x) => x.password)), fc.string({ maxLength: 30 }), fc.constantFrom('password123', 'correct horse battery'));

  const authHeader = (t: string | null): Record<string, string> => (t === null ? {} : { authorization: t.startsWith('Bearer') || t.startsWith('Basic') || t.startsWith('bearer') ? t : `Bearer ${t}` });
  // Mostly JSON, so that most bodies get past the parser to the schemas and the database.
  const contentType = fc.oneof({ weight: 2, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom(...CONTENT_TYPES) });
  /** A route with a JSON body: valid body, mutated, under any content type. */
  const withBody = (method: string, path: fc.Arbitrary<string>, valid: fc.Arbitrary<unknown>) =>
    fc.record({ path, t: token, type: contentType, body: bodyBytes(valid), method: fc.oneof({ weight: 9, arbitrary: fc.constant(method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') }) }).map(
      ({ path: p, t, type, body, method: m }): Wire => ({ method: m, path: p, headers: { ...authHeader(t), ...(type ? { 'content-type': type } : {}) }, ...(body && m !== 'HEAD' ? { body } : {}), note: `${m} ${p.slice(0, 80)}` }),
    );
  const noBody = (method: string, path: fc.Arbitrary<string>) => withBody(method, path, fc.constant({}));

  const query = (pairing: fc.Arbitrary<string>) =>
    fc.tuple(pairing, fc.oneof(fc.nat().map(String), fc.constantFrom('-1', '1e20', 'abc', '1.5', '', '0x10', '99999999999999999999')), fc.oneof(fc.integer({ min: 0, max: 2000 }).map(String), fc.constantFrom('-5', 'x', '1e3')), fc.boolean()).map(
      ([p, after, limit, twice]) => `pairingId=${p}&after=${after}&limit=${limit}${twice ? `&after=1&pairingId=${fx.pairings[1]}` : ''}`,
    );

  const blobPut = fc.record({
    pairing: pairingId,
    t: token,
    size: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1 * MB, max: 4 * MB })),
    fill: fc.integer({ min: 0, max: 255 }),
    sha: fc.constantFrom('right', 'wrong', 'bad'),
    mime: fc.oneof(fc.constant('image/jpeg'), oddString.map(encodeSegment)),
    type: fc.constantFrom('application/octet-stream', 'application/octet-stream', 'application/json', 'image/jpeg', 'multipart/form-data; boundary=x', null),
  }).map(({ pairing, t, size, fill, sha, mime, type }): Wire => {
    const body = Buffer.alloc(size, fill);
    const hash = sha === 'right' ? createHash('sha256').update(body).digest('hex') : sha === 'wrong' ? 'a'.repeat(64) : 'ZZ' + 'a'.repeat(62);
    return { method: 'PUT', path: `/pairings/${pairing}/blobs/${hash}?type=${mime}`, headers: { ...authHeader(t), ...(type ? { 'content-type': type } : {}) }, body, note: `PUT blob ${size} B` };
  });

  // Well-formed changes: known or fresh ids, stamps near now (a few just under the drift limit, with counters near their top).
  const nearStamp = fc.tuple(fc.constantFrom(0, 1, 1000, 120_000, 299_000), fc.constantFrom(0, 1, 2, 0xfffe), fc.constantFrom('deva', 'devb')).map(([offset, counter, device]) => formatStamp(Date.now() + offset, counter, device));
  const wellFormedChange = fc
    .record({
      id: fc.uuid({ version: 7 }),
      // HOME: the pusher's own pairing's record, filled in by writerPush.
      recordId: fc.oneof({ weight: 3, arbitrary: fc.constant(HOME) }, { weight: 1, arbitrary: fc.uuid({ version: 7 }) }, { weight: 1, arbitrary: stickyId }),
      fields: stakeholderFields,
      hlc: nearStamp,
      seen: fc.option(fc.record({ notes: fc.option(nearStamp, { nil: null }) }), { nil: undefined }),
    })
    .map(({ seen: s, ...rest }) => ({ ...rest, kind: 'stakeholder', pairingId: fx.pairings[0]!, ...(s === undefined ? {} : { seen: s }) }));
  // Pushes by members who may write, mostly to their own pairing and mostly well-formed: the
  // merge, the conflicts and the clock are reached only by batches the schemas let through.
  const writerPush = fc
    .record({ who: fc.constantFrom(0, 1, 3), own: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), changes: fc.array(fc.oneof({ weight: 3, arbitrary: wellFormedChange }, { weight: 1, arbitrary: change }), { minLength: 1, maxLength: 3 }), mutations: fc.array(mutation, { maxLength: 1 }) })
    .map(({ who, own, changes, mutations }): Wire => {
      const account = fx.accounts[who]!;
      const home = who === 3 ? fx.pairings[1]! : fx.pairings[0]!;
      const homeRecord = who === 3 ? fx.recordIds[1]! : fx.recordIds[0]!;
      const placed = changes.map((c, i) => ({ ...c, ...(own[i] || c.recordId === HOME ? { pairingId: home } : {}), recordId: c.recordId === HOME ? homeRecord : c.recordId }));
      const body = mutations.reduce<unknown>((acc, m) => mutate(acc, m), { deviceId: `dev${who}`, changes: placed });
      return { method: 'POST', path: '/sync/push', headers: { authorization: `Bearer ${account.token}`, 'content-type': 'application/json' }, body: Buffer.from(toJson(body)), note: `push by ${account.name}` };
    });

  const routes: fc.Arbitrary<Wire>[] = [
    writerPush,
    writerPush,
    writerPush,
    writerPush,
    writerPush,
    writerPush,
    noBody('GET', fc.constant('/health')),
    withBody('POST', fc.constant('/auth/register'), fc.record({ email, password, name: fc.oneof(fc.constant('Ana'), oddString) })),
    withBody('POST', fc.constant('/auth/sign-in'), fc.record({ email, password })),
    noBody('POST', fc.constant('/auth/sign-out')),
    noBody('POST', pairingId.map((p) => `/pairings/${p}/share`)),
    noBody('GET', fc.constant('/memberships')),
    noBody('GET', pairingId.map((p) => `/pairings/${p}/members`)),
    withBody('PATCH', fc.tuple(pairingId, accountId).map(([p, x]) => `/pairings/${p}/members/${x}`), fc.record({ role })),
    noBody('DELETE', fc.tuple(pairingId, accountId).map(([p, x]) => `/pairings/${p}/members/${x}`)),
    withBody('POST', pairingId.map((p) => `/pairings/${p}/invitations`), fc.record({ role })),
    withBody('POST', fc.constant('/invitations/accept'), fc.record({ code: fc.oneof(fc.constantFrom(...fx.codes), fc.string({ maxLength: 70 })) })),
    withBody('POST', fc.constant('/sync/push'), pushValue),
    withBody('POST', fc.constant('/sync/push'), pushValue),
    withBody('POST', fc.constant('/sync/push'), pushValue),
    noBody('GET', query(pairingId).map((q) => `/sync/pull?${q}`)),
    noBody('GET', fc.tuple(pairingId, fc.constantFrom('stakeholder', 'pairing', 'conflict', 'Nope', '%00', 'x'.repeat(100)), recordId.map(encodeSegment)).map(([p, k, r]) => `/pairings/${p}/records/${k}/${r}`)),
    blobPut,
    noBody('GET', fc.tuple(pairingId, fc.constantFrom(fx.blob.sha256, 'a'.repeat(64), 'nothex')).map(([p, s]) => `/pairings/${p}/blobs/${s}`)),
    noBody('POST', fc.constantFrom('/nope', '/sync', '/auth', '/%ED%A0%80', '/' + 'x'.repeat(10_000))),
    noBody('OPTIONS', fc.constantFrom('/sync/push', '/auth/sign-in')),
    // A few MB to the routes that read a body, as JSON or as bytes (the blob route's own type).
    fc.record({ path: fc.constantFrom('/auth/sign-in', '/auth/register', '/sync/push', '/invitations/accept', `/pairings/${fx.pairings[0]}/invitations`), t: token, type: fc.constantFrom('application/octet-stream', 'application/json', 'text/plain'), size: fc.integer({ min: 1 * MB, max: 6 * MB }) }).map(
      ({ path, t, type, size }): Wire => ({ method: 'POST', path, headers: { ...authHeader(t), 'content-type': type }, body: type === 'application/json' ? Buffer.from(`{"email":"${'x'.repeat(size)}"}`) : Buffer.alloc(size, 0x41), note: `POST ${size} B as ${type} to ${path}` }),
    ),
    // Earlier requests again: as they were, or with another account's token.
    fc.tuple(fc.constantFrom(...fx.recorded), fc.option(token, { nil: undefined })).map(([w, t]): Wire => ({ ...w, headers: t === undefined ? w.headers : { ...w.headers, ...authHeader(t) }, note: `replay ${w.note}` })),
  ];
  void [a, b, c, d, e];
  const one = fc.oneof(...routes);
  // A short sequence; an element may replay an earlier one of the same sequence.
  return fc.array(fc.oneof({ weight: 5, arbitrary: one.map((w) => ({ w })) }, { weight: 1, arbitrary: fc.nat().map((n) => ({ replay: n })) }), { minLength: 1, maxLength: 6 }).map((items) => {
    const out: Wire[] = [];
    for (const item of items) {
      if ('w' in item) out.push(item.w);
      else if (out.length > 0) out.push({ ...out[item.replay % out.length]!, note: `replay of #${item.replay % out.length}` });
    }
    // A counterexample reads as the requests, not as megabytes of a Buffer.
    for (const w of out) Object.defineProperty(w, fc.toStringMethod, { value: () => describeWire(w) });
    return out;
  });
}

// ---- the instance ------------------------------------------------------

let app: FastifyInstance;
let db: Db;
let fx: Fixture;

async function ok(wire: Wire, expected: number[] = [200, 201, 204]): Promise<unknown> {
  const answer = await send(fx.base, wire);
  if (!expected.includes(answer.status)) throw new Error(`setup: ${wire.method} ${wire.path} answered ${answer.status} ${answer.text}`);
  return answer.text ? JSON.parse(answer.text) : null;
}

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  // PONTE_HOSTILE_LOG=1 shows the server's own log, stack traces of any 5xx included.
  app = buildApp({ db, config: { logger: process.env.PONTE_HOSTILE_LOG === '1' } });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  fx = { base, accounts: [], tokens: [], pairings: [], recordIds: [], blob: { pairingId: '', sha256: '' }, codes: [], memberships: [], recorded: [] };
  // Accounts through the app itself, each from an address of its own (inject), so registration throttling does not stand in the way of the set-up.
  for (const [i, name] of ['coordP', 'editorP', 'viewerP', 'coordQ', 'loner'].entries()) {
    const email = `${name}-${SEED}@hostile.test`;
    const password = `Hostile ${name} ${SEED} puente largo`;
    const response = await app.inject({ method: 'POST', url: '/auth/register', remoteAddress: `10.9.0.${i + 1}`, payload: { email, password, name } });
    if (response.statusCode !== 201) throw new Error(`register ${name}: ${response.statusCode} ${response.body}`);
    const body = response.json() as { token: string; account: { id: string } };
    fx.accounts.push({ name, id: body.account.id, email, password, token: body.token });
  }
  fx.tokens = fx.accounts.map((x) => x.token);
  const [a, b, c, d] = fx.accounts as [Fixture['accounts'][number], Fixture['accounts'][number], Fixture['accounts'][number], Fixture['accounts'][number]];
  const [p, q] = ['0190a7b2-7c1d-7e3f-8a4b-5c6d7e8f9a0b', '0190a7b2-7c1d-7e3f-8a4b-5c6d7e8f9a0c'];
  fx.pairings = [p, q];
  await ok(json({}, a.token, `/pairings/${p}/share`));
  await ok(json({}, d.token, `/pairings/${q}/share`));
  for (const [who, role] of [[b, 'editor'], [c, 'viewer']] as const) {
    const { code } = (await ok(json({ role }, a.token, `/pairings/${p}/invitations`))) as { code: string };
    const accept = json({ code }, who.token, '/invitations/accept', 'POST', 'accept an invitation');
    await ok(accept);
    fx.recorded.push(accept);
    fx.codes.push(code);
  }
  // One code left unused: a hostile accept may take it (2xx), or a refusal must leave it.
  fx.codes.push(((await ok(json({ role: 'viewer' }, a.token, `/pairings/${p}/invitations`))) as { code: string }).code);
  // Records in both pairings, pushed as a device would.
  for (const [pairingId, who] of [[p, b], [q, d]] as const) {
    const recordId = pairingId === p ? '0190a7b2-7c1d-7e3f-8a4b-00000000000' + '1' : '0190a7b2-7c1d-7e3f-8a4b-00000000000' + '2';
    fx.recordIds.push(recordId);
    const push = json(
      { deviceId: 'deva', changes: [{ id: `0190a7b2-7c1d-7e3f-8a4b-0000000001${fx.recordIds.length}0`, kind: 'stakeholder', recordId, pairingId, fields: newStakeholderFields({ side: 'lac', name: 'Rosa Elena', notes: 'Primera reunión.' }), hlc: formatStamp(Date.now(), 0, 'deva') }] },
      who.token,
      '/sync/push',
      'POST',
      'push a stakeholder',
    );
    await ok(push);
    fx.recorded.push(push);
  }
  const bytes = Buffer.from('a small photo');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  fx.blob = { pairingId: p, sha256 };
  const upload: Wire = { method: 'PUT', path: `/pairings/${p}/blobs/${sha256}?type=image/jpeg`, headers: { authorization: `Bearer ${a.token}`, 'content-type': 'application/octet-stream' }, body: bytes, note: 'upload a blob' };
  await ok(upload);
  fx.recorded.push(upload, json({ email: a.email, password: a.password }, undefined, '/auth/sign-in', 'POST', 'sign in'));
  fx.memberships = await db.query('select pairing_id, account_id, role from memberships order by 1, 2');
  watcher = new Worker(HEALTH_WATCHER, { eval: true, workerData: { base } });
}, 120_000);

afterAll(async () => {
  watcher?.postMessage({ stop: true });
  await app?.close();
  await db?.close();
});

/**
 * Puts the fixture's sessions and memberships back after a run (a hostile
 * sign-out or role change may have undone them legitimately), so every run
 * starts with tokens and members that work.
 */
async function heal(): Promise<void> {
  const now = Date.now();
  for (const account of fx.accounts) {
    await db.query('insert into sessions (token_hash, account_id, expires_at) values ($1, $2, $3) on conflict do nothing', [hashToken(account.token), account.id, now + 24 * 3600 * 1000]);
  }
  await db.query('delete from memberships where account_id = any($1::text[])', [fx.accounts.map((x) => x.id)]);
  for (const m of fx.memberships) await db.query('insert into memberships (pairing_id, account_id, role) values ($1, $2, $3) on conflict do nothing', [m.pairing_id, m.account_id, m.role]);
}

function describeWire(w: Wire): string {
  const body = w.body ? `${w.body.length} B: ${w.body.subarray(0, 300).toString('utf8')}${w.body.length > 300 ? '…' : ''}` : 'no body';
  return `${w.note} | ${w.method} ${w.path.slice(0, 200)} | ${JSON.stringify(w.headers).slice(0, 300)} | ${body}`;
}

// The instance runs in this thread, so a request that blocks its event loop
// blocks this thread's timers too: /health is asked from a worker thread of
// its own, every 100 ms with a one-second timeout, and each probe is logged
// with when it started, how long it took and what it got.
const HEALTH_WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const log = [];
const probe = () => new Promise((resolve) => {
  const start = Date.now();
  const req = http.get(workerData.base + '/health', { timeout: 1000 }, (res) => {
    res.resume();
    res.on('end', () => resolve({ start, ms: Date.now() - start, status: res.statusCode }));
  });
  req.on('timeout', () => req.destroy(new Error('timeout')));
  req.on('error', () => resolve({ start, ms: Date.now() - start, status: 0 }));
});
let running = true;
(async () => {
  while (running) {
    log.push(await probe());
    if (log.length > 2000) log.splice(0, 1000);
    await new Promise((r) => setTimeout(r, 100));
  }
})();
parentPort.on('message', (m) => {
  if (m.stop) { running = false; parentPort.close(); return; }
  parentPort.postMessage(log.filter((p) => p.start + p.ms >= m.from && p.start <= m.to));
});
`;
type Probe = { start: number; ms: number; status: number };
let watcher: Worker;

function probesBetween(from: number, to: number): Promise<Probe[]> {
  return new Promise((resolve) => {
    watcher.once('message', resolve);
    watcher.postMessage({ from, to });
  });
}

/** Sends one hostile request; every /health probe made meanwhile must have been a 200 within a second. */
async function sendWatched(w: Wire): Promise<{ answer: Answer; slowHealth: string[] }> {
  const from = Date.now();
  const answer = await send(fx.base, w);
  // A probe that started just before the answer gets its second to finish.
  const to = Date.now();
  await new Promise((r) => setTimeout(r, to - from > 500 ? 1100 : 0));
  const probes = await probesBetween(from, to);
  const slowHealth = probes.filter((p) => p.status !== 200 || p.ms > 1000).map((p) => `${p.status || 'no answer'} after ${p.ms} ms`);
  // The watcher itself must have been asking throughout a long request.
  if (to - from > 1500 && probes.length === 0) slowHealth.push(`no probe at all in ${to - from} ms`);
  return { answer, slowHealth };
}

describe('hostile requests to every route', () => {
  it(`never get a 5xx, change nothing when refused, and /health answers within a second (seed ${SEED}, ${RUNS} runs)`, { timeout: 15 * 60 * 1000 }, async () => {
    const excluded = (await db.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = current_schema()")).map((t) => t.name).filter((n) => EXCLUDED.test(n));
    // Some table keeps that bookkeeping (sign_in_failures, or a throttle table): the pattern must match it, or nothing is excluded for a reason.
    expect(excluded.length).toBeGreaterThan(0);
    console.log(`tables not compared (refusal bookkeeping): ${excluded.join(', ')}`);
    const counts = new Map<number, number>();
    const pushes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(arbitraries(fx), async (wires) => {
        await heal();
        let before = await digest(db);
        for (const w of wires) {
          const { answer, slowHealth } = await sendWatched(w);
          counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
          if (w.path === '/sync/push') pushes.set(answer.status, (pushes.get(answer.status) ?? 0) + 1);
          if (answer.status >= 500 || answer.status === 0) throw new Error(`${answer.status} ${answer.text.slice(0, 300)} for ${describeWire(w)}`);
          if (slowHealth.length) throw new Error(`/health slow or failing (${slowHealth.join(', ')}) during ${describeWire(w)}`);
          const after = await digest(db);
          if (answer.status >= 400 && after !== before) throw new Error(`refused with ${answer.status} (${answer.text.slice(0, 200)}) yet changed the database: ${describeWire(w)}`);
          before = after;
        }
        // And after the sequence too, on its own.
        const health = await send(fx.base, { method: 'GET', path: '/health', headers: {}, note: 'health' }, 1000);
        if (health.status !== 200) throw new Error(`/health answered ${health.status} after the sequence`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: process.env.PONTE_HOSTILE_SHRINK !== '1' },
    );
    // The runs reached past the doors: some requests were refused, and some were served.
    console.log(`hostile requests by status: ${JSON.stringify(Object.fromEntries([...counts].sort(([x], [y]) => x - y)))}, pushes: ${JSON.stringify(Object.fromEntries(pushes))}`);
    expect([...counts.keys()].some((s) => s >= 400)).toBe(true);
    expect([...counts.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
  });
});
