import { z } from 'zod';
import { isExternalWebUrl } from '../../shared/platform/external-url';
import type { SaveFileRequest } from '../../shared/platform/platform';
import { BACKUP_REASONS, MAX_BACKUP_KEEP, type AppendBackupRequest, type BeginBackupRequest, type ChooseBackupFolderRequest } from '../../shared/platform/backups';

// A whole photo-laden dossier fits well under this; anything larger is a bug or
// an attack, and would be held in memory twice (renderer and main).
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

// The name only pre-fills the save dialog, but it is joined to the Documents
// folder: no separators, no "." or "..", nothing Windows would refuse.
const suggestedName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name), 'must not contain a path separator')
  .refine((name) => name !== '.' && name !== '..', 'must not be "." or ".."')
  .refine((name) => !/[\u0000-\u001f\u007f<>:"|?*]/.test(name), 'must not contain reserved characters');

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(20),
});

export const saveFileRequestSchema = z.strictObject({
  suggestedName,
  // z.custom rather than z.instanceof: the latter narrows to Uint8Array<ArrayBuffer>,
  // while the shared type (and a structured-clone copy) may sit on any buffer.
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be a Uint8Array')
    .refine((data) => data.byteLength <= MAX_SAVE_BYTES, `must be at most ${MAX_SAVE_BYTES} bytes`),
  mimeType: z.string().min(1).max(255),
  dialogTitle: z.string().max(200).optional(),
  filters: z.array(fileFilter).max(20).optional(),
});

export const externalUrlSchema = z
  .string()
  .max(8192)
  .refine(isExternalWebUrl, 'must be an http or https URL');

// Keeps the schema honest against the shared type: if SaveFileRequest gains or
// changes a field, this stops compiling.
type Parsed = z.infer<typeof saveFileRequestSchema>;
type AssertSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const schemaMatchesSharedType: AssertSame<Parsed, SaveFileRequest> = true;
void schemaMatchesSharedType;

// ---------------------------------------------------------------- automatic backups

// A backup crosses in pieces (see BackupSessions): each piece is capped, the
// whole only by MAX_SESSION_BYTES in the main process.
export const MAX_BACKUP_CHUNK_BYTES = 64 * 1024 * 1024;

export const beginBackupRequestSchema = z.strictObject({ reason: z.enum(BACKUP_REASONS) });

export const backupIdSchema = z.string().regex(/^[0-9a-f]{24}$/, 'must be a backup id');

export const appendBackupRequestSchema = z.strictObject({
  id: backupIdSchema,
  chunk: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be a Uint8Array')
    .refine((data) => data.byteLength > 0, 'must not be empty')
    .refine((data) => data.byteLength <= MAX_BACKUP_CHUNK_BYTES, `must be at most ${MAX_BACKUP_CHUNK_BYTES} bytes`),
});

export const chooseBackupFolderRequestSchema = z.strictObject({
  dialogTitle: z.string().max(200).optional(),
});

export const backupKeepSchema = z.number().int().min(1).max(MAX_BACKUP_KEEP);

type AssertBegin = AssertSame<z.infer<typeof beginBackupRequestSchema>, BeginBackupRequest>;
type AssertAppend = AssertSame<z.infer<typeof appendBackupRequestSchema>, AppendBackupRequest>;
type AssertChooseFolder = AssertSame<z.infer<typeof chooseBackupFolderRequestSchema>, ChooseBackupFolderRequest>;
const backupSchemasMatchSharedTypes: [AssertBegin, AssertAppend, AssertChooseFolder] = [true, true, true];
void backupSchemasMatchSharedTypes;
