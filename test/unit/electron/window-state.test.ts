import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, parseWindowState, restorePlacement } from '../../../main/electron/window-state.js';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restorePlacement', () => {
  it('opens at the default size, centred, when nothing was saved', () => {
    expect(restorePlacement(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('restores bounds that are on a current display', () => {
    const saved = { bounds: { x: 1600, y: 50, width: 1400, height: 900 }, maximized: true };
    expect(restorePlacement(saved, [laptop, monitorRight])).toEqual({ x: 1600, y: 50, width: 1400, height: 900, maximized: true });
  });

  it('ignores bounds left on a monitor that was unplugged, keeping a size that fits', () => {
    const saved = { bounds: { x: 1600, y: 50, width: 2000, height: 1200 }, maximized: false };
    expect(restorePlacement(saved, [laptop])).toEqual({ width: 1440, height: 870, maximized: false });
  });

  it('ignores a window whose title bar is above the top of every display', () => {
    const saved = { bounds: { x: 100, y: -600, width: 1000, height: 700 }, maximized: false };
    const placement = restorePlacement(saved, [laptop]);
    expect(placement.x).toBeUndefined();
    expect(placement.y).toBeUndefined();
  });

  it('ignores a window with only a sliver on screen', () => {
    const saved = { bounds: { x: 1430, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(restorePlacement(saved, [laptop]).x).toBeUndefined();
  });

  it('keeps a window partly off-screen whose title bar can still be grabbed', () => {
    const saved = { bounds: { x: -300, y: 40, width: 1000, height: 700 }, maximized: false };
    expect(restorePlacement(saved, [laptop])).toMatchObject({ x: -300, y: 40 });
  });

  it('shrinks restored bounds to the display and never below the minimum size', () => {
    expect(restorePlacement({ bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false }, [laptop])).toMatchObject({ width: 1440, height: 870 });
    expect(restorePlacement({ bounds: { x: 0, y: 0, width: 200, height: 100 }, maximized: false }, [laptop])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });
});

describe('parseWindowState', () => {
  it('rejects what a hand-edited or truncated settings file may contain', () => {
    for (const bad of [undefined, null, 'x', 42, {}, { bounds: null }, { bounds: { x: 0, y: 0, width: 'a', height: 1 } }, { bounds: { x: 0, y: 0, width: -5, height: 100 } }, { bounds: { x: Number.NaN, y: 0, width: 5, height: 5 } }]) {
      expect(parseWindowState(bad)).toBeNull();
    }
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: 'yes' })).toEqual({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: false });
  });
});
