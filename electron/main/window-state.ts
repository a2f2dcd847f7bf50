import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export type Rect = { x: number; y: number; width: number; height: number };

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** A saved state, or the default when the file is missing, unreadable or from a bad write. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return DEFAULT_WINDOW_STATE;
  try {
    const result = windowStateSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

// How much of the title bar must be on a screen for the user to grab the window.
const MIN_VISIBLE = 64;

/**
 * The saved state made safe for the screens attached now: a window last seen on
 * a monitor that has since been unplugged would otherwise open out of reach.
 */
export function fitToWorkAreas(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const largest = workAreas.reduce<Rect | undefined>(
    (best, area) => (best === undefined || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  );
  if (largest === undefined) return state;
  const width = Math.min(state.width, largest.width);
  const height = Math.min(state.height, largest.height);
  const { x, y } = state;
  if (x === undefined || y === undefined) return { width, height, maximized: state.maximized };
  const reachable = workAreas.some(
    (area) =>
      x + width - MIN_VISIBLE >= area.x &&
      x + MIN_VISIBLE <= area.x + area.width &&
      y >= area.y &&
      y + MIN_VISIBLE <= area.y + area.height,
  );
  // Dropping x and y lets Electron centre the window on the primary screen.
  return reachable ? { x, y, width, height, maximized: state.maximized } : { width, height, maximized: state.maximized };
}

// Synchronous on purpose: read once before the window exists, written from the
// window's close event, after which the process may exit before a promise settles.
export function loadWindowState(file: string): WindowState {
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  return parseWindowState(text);
}

/** Best effort: losing the window size is not worth an error at quit. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state), 'utf8');
  } catch {
    // Ignored on purpose, see above.
  }
}
