import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_NAME } from '../../shared/platform/platform';
import { createBridge } from './bridge';

// A sandboxed preload gets only 'electron' and a few Node polyfills: everything
// else it needs is bundled from bridge.ts and shared/.
contextBridge.exposeInMainWorld(
  BRIDGE_NAME,
  createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args), navigator.languages),
);
