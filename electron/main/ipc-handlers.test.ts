import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleAppVersion, handleOpenExternal, handleSaveFile, type SaveDialogOptions, type SaveFileDeps } from './ipc-handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ponte-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeDeps(answer: { canceled: boolean; filePath?: string }): SaveFileDeps & { asked: SaveDialogOptions[] } {
  const asked: SaveDialogOptions[] = [];
  return {
    asked,
    documentsDir: '/home/ana/Documents',
    showSaveDialog: async (options) => {
      asked.push(options);
      return answer;
    },
    writeFile: (path, data) => writeFile(path, data),
  };
}

const request = {
  suggestedName: 'plano-ucap.docx',
  data: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 255, 128]),
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  dialogTitle: 'Save the action plan',
  filters: [{ name: 'Word', extensions: ['docx'] }],
};

describe('handleSaveFile', () => {
  it('writes exactly the bytes given where the user chose', async () => {
    const target = join(dir, 'chosen.docx');
    const deps = fakeDeps({ canceled: false, filePath: target });
    const result = await handleSaveFile(deps, request);
    expect(result).toEqual({ status: 'saved', path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(request.data);
  });

  it('opens the dialog on the suggested name in Documents, with title and filters', async () => {
    const deps = fakeDeps({ canceled: true });
    await handleSaveFile(deps, request);
    expect(deps.asked).toEqual([
      {
        defaultPath: join('/home/ana/Documents', 'plano-ucap.docx'),
        title: 'Save the action plan',
        filters: [{ name: 'Word', extensions: ['docx'] }],
      },
    ]);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    let wrote = false;
    const deps = { ...fakeDeps({ canceled: true }), writeFile: async () => void (wrote = true) };
    expect(await handleSaveFile(deps, request)).toEqual({ status: 'cancelled' });
    expect(wrote).toBe(false);
  });

  it('treats a dialog closed without a path as cancelled', async () => {
    expect(await handleSaveFile(fakeDeps({ canceled: false, filePath: '' }), request)).toEqual({ status: 'cancelled' });
  });

  it('returns the write error as a reason instead of throwing', async () => {
    const target = join(dir, 'no-such-folder', 'x.docx');
    const result = await handleSaveFile(fakeDeps({ canceled: false, filePath: target }), request);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.reason).toMatch(/ENOENT/);
  });

  it('returns a failing dialog as a reason too', async () => {
    const deps = { ...fakeDeps({ canceled: true }), showSaveDialog: () => Promise.reject(new Error('no display')) };
    expect(await handleSaveFile(deps, request)).toEqual({ status: 'failed', reason: 'no display' });
  });

  it('throws on a malformed request before showing any dialog', async () => {
    const deps = fakeDeps({ canceled: false, filePath: join(dir, 'x') });
    await expect(handleSaveFile(deps, { ...request, suggestedName: '../../.bashrc' })).rejects.toThrow(/save-file request/);
    await expect(handleSaveFile(deps, { ...request, data: 'not bytes' })).rejects.toThrow();
    await expect(handleSaveFile(deps, undefined)).rejects.toThrow();
    expect(deps.asked).toEqual([]);
  });
});

describe('handleOpenExternal', () => {
  it('opens an https URL', async () => {
    const opened: string[] = [];
    await handleOpenExternal({ openExternal: async (url) => void opened.push(url) }, 'https://example.org/a b');
    expect(opened).toEqual(['https://example.org/a%20b']);
  });

  it('refuses anything that is not http or https, and opens nothing', async () => {
    const opened: string[] = [];
    const deps = { openExternal: async (url: string) => void opened.push(url) };
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 42]) {
      await expect(handleOpenExternal(deps, url)).rejects.toThrow(/external URL/);
    }
    expect(opened).toEqual([]);
  });
});

describe('handleAppVersion', () => {
  it('returns the version it is given', () => {
    expect(handleAppVersion({ version: '0.1.0' })).toBe('0.1.0');
  });
});
