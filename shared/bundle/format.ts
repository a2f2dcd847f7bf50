import { z } from 'zod';
import { idText, kindName } from '../sync/change';

// The `.ponte` bundle, version 2 (docs/bundle-format.md): a zip holding
// manifest.json, one JSON Lines file of stored records per kind and each
// attachment once under its SHA-256. Everything a reader trusts about the
// other entries (sizes, checksums, media types) is in the manifest.

export const FORMAT_VERSION = 2;
/** Versions this reader reads: 1 is 2 without `seen` on record lines. */
export const READABLE_VERSIONS = [1, 2] as const;
export const FORMAT_NAME = 'ponte-bundle';
export const MANIFEST_ENTRY = 'manifest.json';
/** Optional (version 2): the device's settings a backup carries, secrets never among them. */
export const SETTINGS_ENTRY = 'settings.json';
export const MAX_SETTINGS_BYTES = 1024 * 1024;
export const settingsSchema = z.record(z.string().min(1).max(100), z.unknown());

/** A manifest above this is not one the writer made (a programme's is a few hundred kB). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

const sha256Text = z.string().regex(/^[0-9a-f]{64}$/);
const stampText = z.string().regex(/^[\x21-\x7e]{1,64}$/);

export const RECORDS_ENTRY = /^records\/([a-z][A-Za-z0-9]{0,39})\.jsonl$/;
export const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})$/;

export const recordsEntryName = (kind: string) => `records/${kind}.jsonl`;
export const attachmentEntryName = (sha256: string) => `attachments/${sha256}`;

export const manifestSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  appVersion: z.string().min(1).max(64),
  createdAt: z.iso.datetime(),
  deviceId: z.string().regex(/^[0-9a-z]{1,32}$/),
  /** A whole device's backup, or the pairings handed over to a partner. */
  scope: z.enum(['device', 'pairings']),
  /** The pairings the bundle holds records of (for `pairings`, exactly those chosen). */
  pairingIds: z.array(idText).max(10_000),
  /**
   * Earlier builds' limit by stamp (records with a field stamped after it),
   * read and ignored: it missed records that reached the writer later with
   * older stamps, and is no longer written (see `changesSince`).
   */
  since: z.record(idText, stampText).optional(),
  /** The pairings limited to what changed since an earlier bundle for the same partner, each with that bundle's date. */
  changesSince: z.record(idText, z.iso.datetime()).optional(),
  /** Per pairing, the highest stamp of any field in the bundle. */
  highestStamps: z.record(idText, stampText),
  /** Records per kind, known to this version or not. */
  counts: z.record(kindName, z.number().int().min(0)),
  attachments: z.array(z.object({ sha256: sha256Text, mimeType: z.string().min(1).max(128), size: z.number().int().min(0) })).max(1_000_000),
  /** Every entry of the zip but the manifest itself: the SHA-256 and byte size of its uncompressed bytes. */
  entries: z.record(z.string().max(200), z.object({ sha256: sha256Text, size: z.number().int().min(0) })),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

/**
 * One code per kind of damage, for a UI to translate (a key under
 * bundle errors in the locales, when screens come):
 * - notABundle: not a zip, or a zip without a Ponte manifest;
 * - truncated: the file ends early, or an entry the manifest lists is missing;
 * - badChecksum: an entry's bytes differ from its checksum or size in the manifest;
 * - unsafeEntryName: a name that could leave the archive, or one the manifest does not list;
 * - attachmentMismatch: an attachment's bytes do not have the SHA-256 it is named by;
 * - newerFormat: written by a newer Ponte in a format this one cannot read;
 * - invalidRecord: a line that is not a stored record, or not a valid record of its kind;
 * - tooLarge: the uncompressed contents exceed the limit the caller set.
 */
export const BUNDLE_DAMAGES = ['notABundle', 'truncated', 'badChecksum', 'unsafeEntryName', 'attachmentMismatch', 'newerFormat', 'invalidRecord', 'tooLarge'] as const;
export type BundleDamage = (typeof BUNDLE_DAMAGES)[number];

export class BundleError extends Error {
  constructor(
    readonly code: BundleDamage,
    readonly detail: string,
    /** The entry the damage was found in, when there is one. */
    readonly entry?: string,
  ) {
    super(`${code}: ${detail}${entry ? ` (${entry})` : ''}`);
    this.name = 'BundleError';
  }
}

/**
 * Would extracting an entry under this name write outside a folder, or
 * differently on Windows and elsewhere? (`..`, an absolute or drive path, a
 * backslash, a control character, an empty segment.)
 */
export function isUnsafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 200) return true;
  if (name.includes('\\') || /[\x00-\x1f]/.test(name)) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..');
}

/** The SHA-256 of some bytes as 64 lowercase hex digits, with WebCrypto (browsers, workers and Node 20 alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stored record as a bundle holds it: device-local fields (named `_…`, derived for indexes) left out. */
export function withoutLocalFields(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
}

/**
 * Per long-text field key, the stamp of the value the writer of the current
 * value replaced (a change's `seen`). A bundle line carries it as `seen`; a
 * record read from a bundle, or handed to the writer, holds it as `_seen`
 * (in memory only: a device keeps its own form, tied to the value's stamp),
 * so an import tells a later edit from a concurrent one, as a server does
 * for a push.
 */
export const SEEN_FIELD = '_seen';
export const LINE_SEEN = 'seen';
export const seenSchema = z.record(z.string().max(80), stampText.nullable());
export type Seen = z.infer<typeof seenSchema>;

/** A record's line in a bundle: without device-local fields, with its `seen` stamps when it has any. */
export function recordLine(record: Record<string, unknown>): Record<string, unknown> {
  const line = withoutLocalFields(record);
  const seen = record[SEEN_FIELD] as Seen | undefined;
  if (seen && Object.keys(seen).length > 0) line[LINE_SEEN] = seen;
  return line;
}
