import { platform } from '../../platform/platform';

/** Hands a bundle to the platform's save (a download in a tab, the save dialog on the desktop). Throws when it fails; false when cancelled. */
export async function saveBundle(blob: Blob, suggestedName: string, dialogTitle: string): Promise<boolean> {
  const result = await platform().saveFile({
    suggestedName,
    data: new Uint8Array(await blob.arrayBuffer()),
    mimeType: 'application/octet-stream',
    dialogTitle,
    filters: [{ name: 'Ponte', extensions: ['ponte'] }],
  });
  if (result.status === 'failed') throw new Error(result.reason);
  return result.status === 'saved';
}

/** Bytes this device may still store, when the browser says: a file larger than that is refused before anything is read. */
export async function spaceLeft(): Promise<number | undefined> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate?.quota) return undefined;
    return Math.max(0, estimate.quota - (estimate.usage ?? 0));
  } catch {
    return undefined;
  }
}
