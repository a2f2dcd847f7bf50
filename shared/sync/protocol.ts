import { z } from 'zod';
import { changeSchema, kindName } from './change';
import { storedRecordSchema } from './record-state';

// The HTTP protocol between a device and the sync server. Every request body
// is parsed with these schemas on the server (400 on anything else), and the
// client types its calls with them. Paths are relative to the server address.

export const ROLES = ['coordinator', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Refusal reasons a user may read, as keys of locales/*\/sync.json "reasons". */
export const REFUSALS = ['notMember', 'viewerCannotWrite', 'clockAhead', 'invalidChange', 'pairingNotShared', 'notSigner', 'unknownKind', 'unknownField'] as const;
export type Refusal = (typeof REFUSALS)[number];

const email = z.email().max(254).transform((e) => e.toLowerCase());
const password = z.string().min(10).max(200);

export const registerBody = z.object({ email, password, name: z.string().trim().min(1).max(120) }).strict();
export const signInBody = z.object({ email, password: z.string().min(1).max(200) }).strict();
export const sessionResponse = z.object({ token: z.string(), expiresAt: z.string(), account: z.object({ id: z.string(), email: z.string(), name: z.string() }) });

/** POST /pairings/:id/share — the first account to share a pairing becomes its coordinator. */
export const shareResponse = z.object({ pairingId: z.string(), role: z.enum(ROLES) });

/** POST /pairings/:id/invitations (coordinator only) */
export const invitationBody = z.object({ role: z.enum(ROLES) }).strict();
export const invitationResponse = z.object({ code: z.string(), role: z.enum(ROLES), expiresAt: z.string() });

/** POST /invitations/accept */
export const acceptInvitationBody = z.object({ code: z.string().trim().min(6).max(64) }).strict();

/** PATCH /pairings/:id/members/:accountId (coordinator only); DELETE the same path removes. */
export const memberRoleBody = z.object({ role: z.enum(ROLES) }).strict();
export const membersResponse = z.object({ members: z.array(z.object({ accountId: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES) })) });

/** GET /memberships: the pairings this account belongs to. */
export const membershipsResponse = z.object({ memberships: z.array(z.object({ pairingId: z.string(), role: z.enum(ROLES) })) });

// A thousand: each batch is one transaction and one request, and halving their number
// made a long push a sixth quicker (bench/sync); MAX_PUSH_BYTES caps a batch of long texts.
export const MAX_PUSH_CHANGES = 1000;

/** POST /sync/push */
export const pushBody = z.object({ deviceId: z.string().regex(/^[0-9a-z]{1,32}$/), changes: z.array(changeSchema).min(1).max(MAX_PUSH_CHANGES) }).strict();

export const pushResult = z.object({
  id: z.string(),
  status: z.enum(['applied', 'duplicate', 'refused']),
  reason: z.enum(REFUSALS).optional(),
});
/**
 * 200: every change applied or already known. 403/409/422: nothing of the
 * batch was applied; `results` names each refused change and why, so the
 * device can set those aside and push the rest.
 */
export const pushResponse = z.object({ results: z.array(pushResult), serverTime: z.number() });
export type PushResponse = z.infer<typeof pushResponse>;

/**
 * GET /sync/pull?pairingId=P&after=SEQ&limit=N: the records of one pairing
 * changed after that sequence number, each once in its latest state, in the
 * order they last changed (403 if not a member).
 */
export const pullQuery = z.object({ pairingId: z.string().min(1).max(64), after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(500) });
export const pullResponse = z.object({
  records: z.array(z.object({ seq: z.number(), kind: kindName, record: storedRecordSchema })),
  /** The sequence number to ask after next time. */
  cursor: z.number(),
  more: z.boolean(),
  serverTime: z.number(),
});
export type PullResponse = z.infer<typeof pullResponse>;

/** GET /pairings/:pairingId/records/:kind/:recordId: the server's copy (null if it has none). */
export const recordResponse = z.object({ record: z.record(z.string(), z.unknown()).nullable() });
