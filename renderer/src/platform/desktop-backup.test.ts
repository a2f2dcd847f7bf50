import { describe, expect, it } from 'vitest';
import type { BackupUpload } from '../../../shared/platform/platform';
import { uploadBackup } from './desktop-backup';

function recordingBridge(failAt: number | null = null) {
  const pieces: number[][] = [];
  const calls: string[] = [];
  const buffers: number[] = [];
  const bridge: BackupUpload = {
    async beginBackup({ reason }) {
      calls.push(`begin ${reason}`);
      return { status: 'started', id: 'b'.repeat(24) };
    },
    async appendBackup({ chunk }) {
      calls.push('append');
      if (failAt !== null && pieces.length === failAt) return { status: 'failed', code: 'no-space', message: 'ENOSPC' };
      pieces.push([...chunk]);
      buffers.push(chunk.buffer.byteLength);
      return { status: 'ok' };
    },
    async finishBackup() {
      calls.push('finish');
      return { status: 'written', file: { name: 'x.ponte', at: 0, bytes: pieces.flat().length }, removed: [] };
    },
    async abortBackup() {
      calls.push('abort');
    },
  };
  return { bridge, pieces, calls, buffers };
}

describe('uploadBackup', () => {
  it('sends a Blob in pieces of the given size, in order, then finishes', async () => {
    const { bridge, pieces, calls } = recordingBridge();
    const blob = new Blob([new Uint8Array([1, 2, 3, 4, 5, 6, 7])]);
    const result = await uploadBackup(bridge, { data: blob, reason: 'daily' }, 3);
    expect(pieces).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(calls).toEqual(['begin daily', 'append', 'append', 'append', 'finish']);
    expect(result).toMatchObject({ status: 'written', file: { bytes: 7 } });
  });

  it('sends bytes as copies, never views that carry their whole buffer', async () => {
    const { bridge, pieces, buffers } = recordingBridge();
    await uploadBackup(bridge, { data: new Uint8Array([9, 8, 7, 6, 5]), reason: 'manual' }, 2);
    expect(pieces).toEqual([[9, 8], [7, 6], [5]]);
    expect(buffers).toEqual([2, 2, 1]);
  });

  it('stops at a refused piece and says why, without finishing', async () => {
    const { bridge, calls } = recordingBridge(1);
    const result = await uploadBackup(bridge, { data: new Uint8Array([1, 2, 3, 4]), reason: 'daily' }, 2);
    expect(result).toEqual({ status: 'failed', code: 'no-space', message: 'ENOSPC' });
    expect(calls).toEqual(['begin daily', 'append', 'append']);
  });

  it('aborts when reading the Blob throws', async () => {
    const { bridge, calls } = recordingBridge();
    const broken = { size: 4, slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }) };
    Object.setPrototypeOf(broken, Blob.prototype);
    await expect(uploadBackup(bridge, { data: broken as unknown as Blob, reason: 'daily' }, 2)).rejects.toThrow('NotReadableError');
    expect(calls).toEqual(['begin daily', 'abort']);
  });

  it('a refused begin comes back as it is', async () => {
    const bridge = { ...recordingBridge().bridge, beginBackup: async () => ({ status: 'failed' as const, code: 'folder-missing' as const, message: 'gone' }) };
    expect(await uploadBackup(bridge, { data: new Uint8Array([1]), reason: 'daily' })).toEqual({ status: 'failed', code: 'folder-missing', message: 'gone' });
  });
});
