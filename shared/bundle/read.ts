import { inflateSync } from 'fflate';
import { isKnownKind, withoutStamps, type AnyStored, type RecordKind } from '../model/records';
import { validateRecord } from '../model/validation';
import { storedRecordSchema } from '../sync/record-state';
import {
  ATTACHMENT_ENTRY,
  BundleError,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  MAX_SETTINGS_BYTES,
  SETTINGS_ENTRY,
  settingsSchema,
  MAX_MANIFEST_BYTES,
  RECORDS_ENTRY,
  LINE_SEEN,
  SEEN_FIELD,
  seenSchema,
  isUnsafeEntryName,
  manifestSchema,
  sha256Hex,
  type BundleManifest,
} from './format';

// Reads a `.ponte` bundle and checks all of it before handing anything back:
// a caller either gets every record and attachment, each checked against the
// manifest and its schema, or a BundleError naming one kind of damage.
//
// The zip's central directory is read here, not streamed from local headers:
// fflate's streaming writer puts sizes after each entry (data descriptors),
// and a streaming reader must then search the bytes for the descriptor's
// signature, which a stored JPEG can hold by chance. The directory gives
// exact sizes, so names and the uncompressed total are refused before
// anything is inflated (a zip bomb is refused unopened), and stored
// attachments are read as views into the file's bytes, never copied.
//
// The file is read through a BundleSource: a Uint8Array, or a Blob (a File
// from a picker or a drop) read slice by slice, so restoring a backup of
// thousands of photos checks each one and lets it go instead of holding the
// whole file.

export type ReadBundleOptions = {
  /** Refuse (tooLarge) a bundle whose uncompressed entries add up to more than this many bytes, e.g. the space left. */
  maxBytes?: number;
};

/** Random access to a bundle's bytes. */
export type BundleSource = { size: number; read(offset: number, length: number): Promise<Uint8Array> };

export function bytesSource(bytes: Uint8Array): BundleSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

/** How much of a Blob is read at once: entries lie one after another, so most reads fall inside the last window. */
export const BLOB_WINDOW_BYTES = 4 * 1024 * 1024;

/**
 * A Blob read a window at a time. Each slice-and-read of a Blob is a round
 * trip to the browser's blob store, costlier the more parts the Blob has (a
 * backup just made is thousands of parts): reading every entry's header and
 * bytes on their own took most of a restore (2 400 reads, 11 s for 30
 * pairings). One window is held at a time; reads inside it are views of it.
 */
export function blobSource(blob: Blob, windowBytes = BLOB_WINDOW_BYTES): BundleSource {
  let window: { offset: number; bytes: Uint8Array } | null = null;
  const slice = async (offset: number, length: number) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
  return {
    size: blob.size,
    async read(offset, length) {
      if (window && offset >= window.offset && offset + length <= window.offset + window.bytes.length) {
        return window.bytes.subarray(offset - window.offset, offset - window.offset + length);
      }
      // Larger than a window: read alone, and the window stays as it was.
      if (length > windowBytes) return slice(offset, length);
      window = { offset, bytes: await slice(offset, Math.max(length, windowBytes)) };
      return window.bytes.subarray(0, length);
    },
  };
}

/** An attachment of a checked bundle: its bytes are read again when asked for (a view, for a bundle in memory). */
export type BundleAttachmentEntry = { sha256: string; mimeType: string; size: number; read(): Promise<Uint8Array> };

export type BundleSummary = {
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  scope: BundleManifest['scope'];
  pairingIds: string[];
  counts: Record<string, number>;
  /** Kinds this version does not know, kept apart for a later version. */
  laterKinds: string[];
  attachments: number;
  /** The uncompressed size of every entry, the manifest included. */
  totalBytes: number;
  fileBytes: number;
};

export type BundleContents = {
  manifest: BundleManifest;
  /** The records of every kind this version knows, parsed and checked. */
  records: Partial<Record<RecordKind, AnyStored[]>>;
  /** Records of kinds this version does not know: kept aside, as sync keeps their changes, until an upgrade. */
  later: { kind: string; record: AnyStored }[];
  attachments: BundleAttachmentEntry[];
  /** The settings a backup carries (none for an exchange, or a version-1 file). */
  settings: Record<string, unknown> | null;
  summary: BundleSummary;
};

type Entry = { name: string; method: number; compressedSize: number; size: number; localOffset: number; flags: number };

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const names = new TextDecoder('utf-8');

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

/** The entries of the central directory, or the damage that keeps it from being read. */
async function readDirectory(source: BundleSource): Promise<{ entries: Entry[]; directoryOffset: number }> {
  const head = await source.read(0, Math.min(4, source.size));
  const looksLikeZip = head.length === 4 && (u32(head, 0) === LOCAL_HEADER || u32(head, 0) === END_OF_DIRECTORY);
  if (!looksLikeZip) throw new BundleError('notABundle', 'the file is not a zip archive');
  const tailStart = Math.max(0, source.size - 22 - 0xffff);
  const tail = await source.read(tailStart, source.size - tailStart);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (u32(tail, at) === END_OF_DIRECTORY && at + 22 + u16(tail, at + 20) === tail.length) {
      end = at;
      break;
    }
  }
  // A zip's directory is its last part: a file cut anywhere has lost it.
  if (end < 0) throw new BundleError('truncated', 'the end of the archive is missing');
  const count = u16(tail, end + 10);
  const directorySize = u32(tail, end + 12);
  const directoryOffset = u32(tail, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new BundleError('tooLarge', 'the archive is in the ZIP64 form, which bundles never use');
  if (directoryOffset + directorySize > tailStart + end) throw new BundleError('truncated', 'the archive directory points past the end of the file');
  const directory = await source.read(directoryOffset, directorySize);
  const entries: Entry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || u32(directory, at) !== CENTRAL_HEADER) throw new BundleError('truncated', 'the archive directory is incomplete');
    const nameLength = u16(directory, at + 28);
    const entry: Entry = {
      flags: u16(directory, at + 8),
      method: u16(directory, at + 10),
      compressedSize: u32(directory, at + 20),
      size: u32(directory, at + 24),
      localOffset: u32(directory, at + 42),
      name: names.decode(directory.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.push(entry);
    at += 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
  }
  return { entries, directoryOffset };
}

/** An entry's uncompressed bytes (every entry lies before the directory): a view for a stored entry, inflated into exactly its declared size otherwise. */
async function entryBytes(source: BundleSource, entry: Entry, directoryStart: number): Promise<Uint8Array> {
  const at = entry.localOffset;
  const header = at + 30 <= directoryStart ? await source.read(at, 30) : new Uint8Array(0);
  if (header.length < 30 || u32(header, 0) !== LOCAL_HEADER) throw new BundleError('truncated', 'an entry is missing from the archive', entry.name);
  const start = at + 30 + u16(header, 26) + u16(header, 28);
  if (start + entry.compressedSize > directoryStart) throw new BundleError('truncated', 'an entry ends past its place in the archive', entry.name);
  if (entry.flags & 1) throw new BundleError('notABundle', 'the entry is encrypted', entry.name);
  if (entry.method !== 0 && entry.method !== 8) throw new BundleError('notABundle', `unknown compression method ${entry.method}`, entry.name);
  if (entry.method === 0 && entry.compressedSize !== entry.size) throw new BundleError('badChecksum', 'a stored entry has two sizes', entry.name);
  const data = await source.read(start, entry.compressedSize);
  if (entry.method === 0) return data;
  try {
    // Never more than the directory says: a lying size is damage, not a reason to keep inflating.
    const out = inflateSync(data, { out: new Uint8Array(entry.size) });
    if (out.length !== entry.size) throw new Error('short');
    return out;
  } catch {
    throw new BundleError('badChecksum', 'the entry does not inflate to its size', entry.name);
  }
}

function parseManifest(bytes: Uint8Array): BundleManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BundleError('notABundle', 'the manifest is not JSON', MANIFEST_ENTRY);
  }
  const head = json as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== FORMAT_NAME) throw new BundleError('notABundle', 'the manifest is not a Ponte bundle manifest', MANIFEST_ENTRY);
  // Checked before the rest: a newer format may shape its manifest differently.
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw new BundleError('newerFormat', `format version ${head.formatVersion}; this version of Ponte reads up to ${FORMAT_VERSION}`, MANIFEST_ENTRY);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BundleError('notABundle', `the manifest is not valid: ${parsed.error.issues[0]?.path.join('.') ?? ''}`, MANIFEST_ENTRY);
  return parsed.data;
}

function parseRecords(kind: string, bytes: Uint8Array, name: string, manifest: BundleManifest): AnyStored[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError('invalidRecord', 'the records are not UTF-8 text', name);
  }
  const known = isKnownKind(kind);
  const inScope = new Set(manifest.pairingIds);
  const records: AnyStored[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const where = `${name}, line ${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new BundleError('invalidRecord', `${where} is not JSON`, name);
    }
    const stored = storedRecordSchema.safeParse(json);
    if (!stored.success) throw new BundleError('invalidRecord', `${where} is not a stored record`, name);
    const record = stored.data as AnyStored;
    // `seen` (version 2) is the writer's knowledge, not a field: kept apart, as a device keeps it.
    if (Object.hasOwn(record, LINE_SEEN)) {
      const seen = seenSchema.safeParse(record[LINE_SEEN]);
      if (!seen.success) throw new BundleError('invalidRecord', `${where} has unreadable seen stamps`, name);
      delete record[LINE_SEEN];
      record[SEEN_FIELD] = seen.data;
    }
    if (!inScope.has(record.pairingId)) throw new BundleError('invalidRecord', `${where} belongs to a pairing the manifest does not name`, name);
    if (known) {
      const checked = validateRecord(kind, withoutStamps(record));
      if (!checked.ok) throw new BundleError('invalidRecord', `${where} is not a valid ${kind}: ${checked.errors.map((e) => `${e.path} ${e.key}`).join(', ')}`, name);
    }
    records.push(record);
  }
  if (records.length !== (manifest.counts[kind] ?? 0)) throw new BundleError('invalidRecord', `${records.length} records where the manifest counts ${manifest.counts[kind] ?? 0}`, name);
  return records;
}

/** Checks a whole bundle and returns what it holds, or throws a BundleError. */
export async function readBundle(file: Uint8Array | Blob | BundleSource, options: ReadBundleOptions = {}): Promise<BundleContents> {
  const source = file instanceof Uint8Array ? bytesSource(file) : typeof Blob !== 'undefined' && file instanceof Blob ? blobSource(file) : (file as BundleSource);
  const { entries: directory, directoryOffset: cdStart } = await readDirectory(source);
  const seen = new Set<string>();
  for (const entry of directory) {
    if (isUnsafeEntryName(entry.name)) throw new BundleError('unsafeEntryName', 'the name could lead outside the archive', entry.name);
    if (seen.has(entry.name)) throw new BundleError('unsafeEntryName', 'two entries have the same name', entry.name);
    seen.add(entry.name);
  }
  const manifestEntry = directory.find((e) => e.name === MANIFEST_ENTRY);
  if (!manifestEntry) throw new BundleError('notABundle', 'the archive has no manifest.json');
  const totalBytes = directory.reduce((sum, e) => sum + e.size, 0);
  if (options.maxBytes !== undefined && totalBytes > options.maxBytes) throw new BundleError('tooLarge', `${totalBytes} bytes uncompressed, over the limit of ${options.maxBytes}`);
  if (manifestEntry.size > MAX_MANIFEST_BYTES) throw new BundleError('tooLarge', `a manifest of ${manifestEntry.size} bytes`, MANIFEST_ENTRY);

  const manifest = parseManifest(await entryBytes(source, manifestEntry, cdStart));

  for (const entry of directory) {
    if (entry.name === MANIFEST_ENTRY) continue;
    const listed = Object.hasOwn(manifest.entries, entry.name);
    if (!listed || !(RECORDS_ENTRY.test(entry.name) || ATTACHMENT_ENTRY.test(entry.name) || entry.name === SETTINGS_ENTRY)) {
      throw new BundleError('unsafeEntryName', 'an entry the manifest does not list', entry.name);
    }
  }
  for (const name of Object.keys(manifest.entries)) if (!seen.has(name)) throw new BundleError('truncated', 'an entry the manifest lists is missing', name);
  const attachmentNames = new Map(manifest.attachments.map((a) => [`attachments/${a.sha256}`, a]));
  for (const name of Object.keys(manifest.entries)) {
    if (ATTACHMENT_ENTRY.test(name) && !attachmentNames.has(name)) throw new BundleError('notABundle', 'an attachment entry the manifest does not describe', name);
  }
  for (const name of attachmentNames.keys()) if (!seen.has(name)) throw new BundleError('truncated', 'an attachment the manifest lists is missing', name);

  const records: BundleContents['records'] = {};
  const later: BundleContents['later'] = [];
  const attachments: BundleAttachmentEntry[] = [];
  let settings: Record<string, unknown> | null = null;
  for (const entry of directory) {
    if (entry.name === MANIFEST_ENTRY) continue;
    const expected = manifest.entries[entry.name]!;
    const data = await entryBytes(source, entry, cdStart);
    if (entry.name === SETTINGS_ENTRY) {
      if (data.length > MAX_SETTINGS_BYTES) throw new BundleError('tooLarge', `settings of ${data.length} bytes`, entry.name);
      if ((await sha256Hex(data)) !== expected.sha256 || data.length !== expected.size) throw new BundleError('badChecksum', 'the bytes differ from the checksum in the manifest', entry.name);
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
      } catch {
        throw new BundleError('invalidRecord', 'the settings are not JSON', entry.name);
      }
      const parsed = settingsSchema.safeParse(json);
      if (!parsed.success) throw new BundleError('invalidRecord', 'the settings are not a map of keys to values', entry.name);
      settings = parsed.data;
      continue;
    }
    const attachmentName = ATTACHMENT_ENTRY.exec(entry.name);
    const digest = await sha256Hex(data);
    if (attachmentName && digest !== attachmentName[1]) throw new BundleError('attachmentMismatch', `the bytes have SHA-256 ${digest}`, entry.name);
    if (data.length !== expected.size || digest !== expected.sha256) throw new BundleError('badChecksum', 'the bytes differ from the checksum in the manifest', entry.name);
    if (attachmentName) {
      const described = attachmentNames.get(entry.name)!;
      if (described.size !== data.length) throw new BundleError('badChecksum', 'the attachment differs from its size in the manifest', entry.name);
      // Checked, then let go: the import reads each again when it stores it.
      attachments.push({ sha256: described.sha256, mimeType: described.mimeType, size: data.length, read: () => entryBytes(source, entry, cdStart) });
      continue;
    }
    const kind = RECORDS_ENTRY.exec(entry.name)![1]!;
    const parsed = parseRecords(kind, data, entry.name, manifest);
    if (isKnownKind(kind)) records[kind] = parsed;
    else for (const record of parsed) later.push({ kind, record });
  }
  for (const [kind, count] of Object.entries(manifest.counts)) {
    if (count > 0 && !Object.hasOwn(manifest.entries, `records/${kind}.jsonl`)) throw new BundleError('truncated', `the manifest counts ${count} records of ${kind} the archive does not hold`);
  }

  const summary: BundleSummary = {
    formatVersion: manifest.formatVersion,
    appVersion: manifest.appVersion,
    createdAt: manifest.createdAt,
    scope: manifest.scope,
    pairingIds: manifest.pairingIds,
    counts: manifest.counts,
    laterKinds: [...new Set(later.map((l) => l.kind))].sort(),
    attachments: attachments.length,
    totalBytes,
    fileBytes: source.size,
  };
  return { manifest, records, later, attachments, settings, summary };
}
