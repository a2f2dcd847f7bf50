import { describe, expect, it } from 'vitest';
import { IPC, type DesktopBridge } from '../../shared/platform/platform';
import { createBridge } from './bridge';

function recordingInvoke(answers: Record<string, unknown> = {}) {
  const calls: { channel: string; args: unknown[] }[] = [];
  const invoke = async (channel: string, ...args: unknown[]) => {
    calls.push({ channel, args });
    return answers[channel];
  };
  return { calls, invoke };
}

// Written out rather than derived, so that a member added to the bridge without
// being added to DesktopBridge (or the reverse) fails here.
const DESKTOP_BRIDGE_KEYS: (keyof DesktopBridge)[] = [
  'abortBackup',
  'appendBackup',
  'appVersion',
  'backupStatus',
  'beginBackup',
  'chooseBackupFolder',
  'finishBackup',
  'openBackupFolder',
  'openExternal',
  'saveFile',
  'setBackupKeep',
  'systemLanguages',
];

describe('createBridge', () => {
  it('exposes exactly the DesktopBridge members', () => {
    const bridge = createBridge(recordingInvoke().invoke, ['pt-PT']);
    expect(Object.keys(bridge).sort()).toEqual([...DESKTOP_BRIDGE_KEYS].sort());
  });

  it('exposes nothing that could reach ipcRenderer or a free channel', () => {
    const bridge = createBridge(recordingInvoke().invoke, []) as unknown as Record<string, unknown>;
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) {
      expect(bridge[name]).toBeUndefined();
    }
  });

  it('sends saveFile on its channel with the request unchanged', async () => {
    const { calls, invoke } = recordingInvoke({ [IPC.saveFile]: { status: 'cancelled' } });
    const request = { suggestedName: 'a.docx', data: new Uint8Array([1]), mimeType: 'application/octet-stream' };
    await expect(createBridge(invoke, []).saveFile(request)).resolves.toEqual({ status: 'cancelled' });
    expect(calls).toEqual([{ channel: IPC.saveFile, args: [request] }]);
    expect(calls[0]?.args[0]).toBe(request);
  });

  it('sends openExternal on its channel and resolves to nothing', async () => {
    const { calls, invoke } = recordingInvoke({ [IPC.openExternal]: 'ignored' });
    await expect(createBridge(invoke, []).openExternal('https://example.org')).resolves.toBeUndefined();
    expect(calls).toEqual([{ channel: IPC.openExternal, args: ['https://example.org'] }]);
  });

  it('asks appVersion on its channel', async () => {
    const { calls, invoke } = recordingInvoke({ [IPC.appVersion]: '1.2.3' });
    await expect(createBridge(invoke, []).appVersion()).resolves.toBe('1.2.3');
    expect(calls).toEqual([{ channel: IPC.appVersion, args: [] }]);
  });

  it('sends each backup call on its own channel with its argument unchanged', async () => {
    const { calls, invoke } = recordingInvoke({ [IPC.backupStatus]: { status: 'unavailable' } });
    const bridge = createBridge(invoke, []);
    const piece = { id: 'a'.repeat(24), chunk: new Uint8Array([1, 2]) };
    await expect(bridge.backupStatus()).resolves.toEqual({ status: 'unavailable' });
    await bridge.beginBackup({ reason: 'before-upgrade' });
    await bridge.appendBackup(piece);
    await bridge.finishBackup(piece.id);
    await expect(bridge.abortBackup(piece.id)).resolves.toBeUndefined();
    await bridge.chooseBackupFolder({ dialogTitle: 'Pasta' });
    await bridge.setBackupKeep(7);
    await bridge.openBackupFolder();
    expect(calls).toEqual([
      { channel: IPC.backupStatus, args: [] },
      { channel: IPC.beginBackup, args: [{ reason: 'before-upgrade' }] },
      { channel: IPC.appendBackup, args: [piece] },
      { channel: IPC.finishBackup, args: [piece.id] },
      { channel: IPC.abortBackup, args: [piece.id] },
      { channel: IPC.chooseBackupFolder, args: [{ dialogTitle: 'Pasta' }] },
      { channel: IPC.setBackupKeep, args: [7] },
      { channel: IPC.openBackupFolder, args: [] },
    ]);
    expect(calls[2]?.args[0]).toBe(piece);
  });

  it('passes a rejected invoke through to the page', async () => {
    const invoke = () => Promise.reject(new Error('IPC refused'));
    await expect(createBridge(invoke, []).appVersion()).rejects.toThrow('IPC refused');
  });

  it('gives a frozen copy of the system languages', () => {
    const languages = ['pt-PT', 'es'];
    const bridge = createBridge(recordingInvoke().invoke, languages);
    languages.push('en');
    expect(bridge.systemLanguages).toEqual(['pt-PT', 'es']);
    expect(Object.isFrozen(bridge.systemLanguages)).toBe(true);
  });

  it('uses only the channels declared in IPC', async () => {
    const { calls, invoke } = recordingInvoke();
    const bridge = createBridge(invoke, []);
    await bridge.saveFile({ suggestedName: 'a', data: new Uint8Array(), mimeType: 'x/y' });
    await bridge.openExternal('https://example.org');
    await bridge.appVersion();
    await bridge.backupStatus();
    await bridge.beginBackup({ reason: 'daily' });
    await bridge.appendBackup({ id: 'a'.repeat(24), chunk: new Uint8Array([1]) });
    await bridge.finishBackup('a'.repeat(24));
    await bridge.abortBackup('a'.repeat(24));
    await bridge.chooseBackupFolder({});
    await bridge.setBackupKeep(5);
    await bridge.openBackupFolder();
    expect(calls.map((call) => call.channel).sort()).toEqual(Object.values(IPC).sort());
  });
});
