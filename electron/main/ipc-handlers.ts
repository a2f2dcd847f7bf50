import { join } from 'node:path';
import type { SaveFileResult } from '../../shared/platform/platform';
import { z } from 'zod';
import { externalUrlSchema, saveFileRequestSchema } from './ipc-schemas';

function parseArg<T>(schema: z.ZodType<T>, rawArg: unknown, what: string): T {
  const result = schema.safeParse(rawArg);
  if (!result.success) throw new Error(`Invalid ${what}: ${z.prettifyError(result.error)}`);
  return result.data;
}

// Narrow structural types instead of Electron's so tests can pass plain fakes.
export type SaveDialogOptions = {
  title?: string;
  defaultPath: string;
  filters?: { name: string; extensions: string[] }[];
};

export type SaveDialogResult = { canceled: boolean; filePath?: string };

export type SaveFileDeps = {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogResult>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** The user's Documents folder, where the dialog opens. */
  documentsDir: string;
};

/**
 * Asks where to save, then writes. Malformed requests throw (a bug in the
 * renderer); anything that can go wrong on the user's side (a full disk, a
 * read-only folder, a dialog that fails) comes back as 'failed' with a reason.
 */
export async function handleSaveFile(deps: SaveFileDeps, rawArg: unknown): Promise<SaveFileResult> {
  const request = parseArg(saveFileRequestSchema, rawArg, 'save-file request');
  try {
    const choice = await deps.showSaveDialog({
      defaultPath: join(deps.documentsDir, request.suggestedName),
      ...(request.dialogTitle !== undefined && { title: request.dialogTitle }),
      ...(request.filters !== undefined && { filters: request.filters }),
    });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    await deps.writeFile(choice.filePath, request.data);
    return { status: 'saved', path: choice.filePath };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

export type OpenExternalDeps = {
  openExternal(url: string): Promise<void>;
};

export async function handleOpenExternal(deps: OpenExternalDeps, rawArg: unknown): Promise<void> {
  const url = parseArg(externalUrlSchema, rawArg, 'external URL');
  // Hand the OS the URL as we parsed it, so it cannot read the string differently.
  await deps.openExternal(new URL(url).href);
}

export type AppVersionDeps = { version: string };

export function handleAppVersion(deps: AppVersionDeps): string {
  return deps.version;
}
