import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToWorkAreas, loadWindowState, parseWindowState, saveWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    const saved = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    expect(parseWindowState(JSON.stringify(saved))).toEqual(saved);
  });

  it('falls back to the default for a missing, torn or absurd file', () => {
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width": 10')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width": 5, "height": 5, "maximized": false}')).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitToWorkAreas', () => {
  it('keeps a window that is on a screen', () => {
    const state = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToWorkAreas(state, [laptop, monitorOnRight])).toEqual(state);
  });

  it('recentres a window left on a monitor that was unplugged', () => {
    const state = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToWorkAreas(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than every screen', () => {
    const state = { width: 2400, height: 1400, maximized: true };
    expect(fitToWorkAreas(state, [laptop])).toEqual({ width: 1440, height: 900, maximized: true });
  });

  it('recentres a window whose title bar is above the screen', () => {
    const state = { x: 100, y: -300, width: 800, height: 600, maximized: false };
    expect(fitToWorkAreas(state, [laptop])).toEqual({ width: 800, height: 600, maximized: false });
  });
});

describe('loadWindowState and saveWindowState', () => {
  it('round-trip through a file and survive a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ponte-window-'));
    try {
      const file = join(dir, 'window-state.json');
      const state = { x: 5, y: 6, width: 900, height: 650, maximized: false };
      saveWindowState(file, state);
      expect(loadWindowState(file)).toEqual(state);
      writeFileSync(file, 'garbage');
      expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
      expect(() => saveWindowState(join(dir, 'missing', 'x.json'), state)).not.toThrow();
      expect(loadWindowState(join(dir, 'missing', 'x.json'))).toEqual(DEFAULT_WINDOW_STATE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
