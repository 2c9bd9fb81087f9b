/** Pure placement logic for the main window, kept apart from BrowserWindow so it can be tested. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface Placement {
  width: number;
  height: number;
  /** Absent: let the OS centre the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the title bar must be on a display for the saved position to be usable. */
const MIN_VISIBLE_WIDTH = 120;
const TITLE_BAR_HEIGHT = 40;

function isRect(value: unknown): value is Rect {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]));
}

/** The stored state comes from a JSON file a user may edit or a crash may truncate: check it all. */
export function parseWindowState(value: unknown): WindowState | null {
  if (!value || typeof value !== 'object') return null;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (!isRect(bounds) || bounds.width <= 0 || bounds.height <= 0) return null;
  return { bounds, maximized: maximized === true };
}

/** True when the window's title bar lies on `area` enough to be grabbed with the mouse. */
function titleBarVisibleOn(bounds: Rect, area: Rect): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const top = Math.max(bounds.y, area.y);
  const bottom = Math.min(bounds.y + TITLE_BAR_HEIGHT, area.y + area.height);
  return right - left >= Math.min(MIN_VISIBLE_WIDTH, bounds.width) && bottom - top >= TITLE_BAR_HEIGHT / 2;
}

/**
 * Where to open the window: the saved bounds when their title bar is still on one of the current
 * displays' work areas (a monitor may have been unplugged since), shrunk to fit that display;
 * otherwise the saved (or default) size, centred by the OS.
 */
export function restorePlacement(saved: unknown, workAreas: readonly Rect[]): Placement {
  const state = parseWindowState(saved);
  const size = {
    width: Math.round(Math.max(MIN_SIZE.width, state?.bounds.width ?? DEFAULT_SIZE.width)),
    height: Math.round(Math.max(MIN_SIZE.height, state?.bounds.height ?? DEFAULT_SIZE.height)),
  };
  const maximized = state?.maximized ?? false;
  if (!state) return { ...size, maximized };
  const area = workAreas.find((a) => titleBarVisibleOn(state.bounds, a));
  if (!area) {
    const primary = workAreas[0];
    return primary
      ? { width: Math.min(size.width, primary.width), height: Math.min(size.height, primary.height), maximized }
      : { ...size, maximized };
  }
  return {
    x: Math.round(state.bounds.x),
    y: Math.round(state.bounds.y),
    width: Math.min(size.width, area.width),
    height: Math.min(size.height, area.height),
    maximized,
  };
}
