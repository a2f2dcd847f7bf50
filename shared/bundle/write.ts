import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { declarationOf } from '../kinds/registry';
import type { AnyStored } from '../model/records';
import { kindName } from '../sync/change';
import {
  BundleError,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  SETTINGS_ENTRY,
  attachmentEntryName,
  recordsEntryName,
  sha256Hex,
  manifestSchema,
  recordLine,
  type BundleManifest,
} from './format';

// Writes a `.ponte` bundle as a stream of zip chunks, so a whole device's
// backup is never held whole: records are read a kind at a time, attachments
// one at a time, and each chunk is handed on as soon as fflate makes it. The
// manifest, which holds every entry's checksum, is written last.

export type BundleRecord = { kind: string; record: AnyStored };
export type BundleAttachment = { sha256: string; mimeType: string; bytes: Uint8Array };

export type WriteBundleOptions = {
  appVersion: string;
  /** The writing device's id (the one its clock stamps with). */
  deviceId: string;
  createdAt?: Date;
  /** Everything given, or only the records of these pairings and the attachments they point to. */
  scope: { type: 'device' } | { type: 'pairings'; pairingIds: readonly string[] };
  /**
   * The pairings whose records the caller limited to what changed since an
   * earlier bundle for the same partner, each with that bundle's date (ISO
   * 8601): written to the manifest as it is. Which records go is the
   * caller's choice (the device's exchange ledger); the writer writes what it
   * is given.
   */
  changesSince?: Readonly<Record<string, string>>;
  /** Settings to carry (a device's, secrets left out by the caller): key to JSON value. */
  settings?: Readonly<Record<string, unknown>>;
};

type Source<T> = AsyncIterable<T> | Iterable<T>;

/** Records are pushed to deflate in slices of this size, with a pause for the caller between slices. */
const SLICE = 256 * 1024;
const encoder = new TextEncoder();

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The SHA-256 values a record points to through its kind's attachment fields. */
function attachmentsOf(kind: string, record: AnyStored): string[] {
  const fields = declarationOf(kind)?.attachments ?? [];
  return fields.map((f) => record[f.field]).filter((v): v is string => typeof v === 'string');
}

/**
 * The bundle as zip chunks. Records of one kind must come together (a table
 * at a time, as a device reads them); each kind becomes one JSON Lines entry.
 * Attachments are stored as they are (photos are compressed already), once
 * per SHA-256.
 */
export async function* writeBundle(records: Source<BundleRecord>, attachments: Source<BundleAttachment>, options: WriteBundleOptions): AsyncGenerator<Uint8Array> {
  const mtime = options.createdAt ?? new Date();
  const chosen = options.scope.type === 'pairings' ? new Set(options.scope.pairingIds) : null;
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (pending.length > 0) yield pending.shift()!;
  }

  const entries: BundleManifest['entries'] = {};
  const counts: Record<string, number> = {};
  const highestStamps: Record<string, string> = {};
  const pairingIds = new Set<string>(chosen ?? []);
  const referenced = new Set<string>();

  async function* addEntry(name: string, bytes: Uint8Array, compress: boolean): AsyncGenerator<Uint8Array> {
    entries[name] = { sha256: await sha256Hex(bytes), size: bytes.length };
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    file.mtime = mtime;
    zip.add(file);
    if (bytes.length === 0) file.push(new Uint8Array(0), true);
    for (let at = 0; at < bytes.length; at += SLICE) {
      file.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
      yield* drain();
    }
    yield* drain();
  }

  // One kind's lines at a time: its checksum needs all of its bytes (WebCrypto digests whole buffers).
  let kind: string | null = null;
  let lines: Uint8Array[] = [];
  let length = 0;
  let text = '';
  const flushText = () => {
    if (!text) return;
    const bytes = encoder.encode(text);
    lines.push(bytes);
    length += bytes.length;
    text = '';
  };
  async function* closeKind(): AsyncGenerator<Uint8Array> {
    if (kind === null) return;
    flushText();
    yield* addEntry(recordsEntryName(kind), concat(lines, length), true);
    lines = [];
    length = 0;
  }

  for await (const { kind: k, record } of records) {
    if (chosen && !chosen.has(record.pairingId)) continue;
    const stamps = Object.values(record.stamps);
    if (k !== kind) {
      if (!kindName.safeParse(k).success) throw new Error(`not a record kind name: ${k}`);
      if (k in counts) throw new Error(`records of kind ${k} must come together`);
      yield* closeKind();
      kind = k;
      counts[k] = 0;
    }
    counts[k]! += 1;
    pairingIds.add(record.pairingId);
    for (const stamp of stamps) if (stamp > (highestStamps[record.pairingId] ?? '')) highestStamps[record.pairingId] = stamp;
    for (const sha of attachmentsOf(k, record)) referenced.add(sha);
    text += `${JSON.stringify(recordLine(record))}\n`;
    if (text.length >= SLICE) flushText();
  }
  yield* closeKind();

  const listed: BundleManifest['attachments'] = [];
  const seen = new Set<string>();
  for await (const attachment of attachments) {
    if (seen.has(attachment.sha256) || (chosen && !referenced.has(attachment.sha256))) continue;
    seen.add(attachment.sha256);
    const actual = await sha256Hex(attachment.bytes);
    // A blob damaged on this device would make a bundle every reader refuses: say so now.
    if (actual !== attachment.sha256) throw new BundleError('attachmentMismatch', `the bytes given for ${attachment.sha256} have SHA-256 ${actual}`);
    listed.push({ sha256: attachment.sha256, mimeType: attachment.mimeType, size: attachment.bytes.length });
    yield* addEntry(attachmentEntryName(attachment.sha256), attachment.bytes, false);
  }

  if (options.settings && Object.keys(options.settings).length > 0) yield* addEntry(SETTINGS_ENTRY, encoder.encode(JSON.stringify(options.settings)), true);

  const manifest: BundleManifest = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: mtime.toISOString(),
    deviceId: options.deviceId,
    scope: options.scope.type,
    pairingIds: [...pairingIds].sort(),
    ...(options.changesSince && Object.keys(options.changesSince).length > 0 ? { changesSince: { ...options.changesSince } } : {}),
    highestStamps,
    counts,
    attachments: listed,
    entries,
  };
  // What every reader will check: a writer given a bad device id or version fails here, not on the partner's machine.
  const checked = manifestSchema.safeParse(manifest);
  if (!checked.success) throw new Error(`the bundle manifest would not be valid: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const file = new ZipDeflate(MANIFEST_ENTRY, { level: 6 });
  file.mtime = mtime;
  zip.add(file);
  file.push(encoder.encode(JSON.stringify(manifest, null, 2)), true);
  zip.end();
  yield* drain();
}

/** The whole bundle in one buffer: for small bundles and tests. */
export async function writeBundleBytes(records: Source<BundleRecord>, attachments: Source<BundleAttachment>, options: WriteBundleOptions): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of writeBundle(records, attachments, options)) {
    parts.push(chunk);
    length += chunk.length;
  }
  return concat(parts, length);
}
