// A remembered window position is used only where a display still shows it (a laptop undocked from its second
// screen would otherwise open the window off screen); otherwise the window keeps its size and is centred.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window's title bar must lie on a display for the window to be reachable. */
const MIN_VISIBLE = 100;
const TITLE_BAR = 40;

export function visibleBounds<B extends { x?: number; y?: number; width: number; height: number }>(saved: B, workAreas: Rect[]): B {
  if (saved.x === undefined || saved.y === undefined) return saved;
  const bar = { x: saved.x, y: saved.y, width: saved.width, height: TITLE_BAR };
  const shown = workAreas.some((a) => {
    const w = Math.min(bar.x + bar.width, a.x + a.width) - Math.max(bar.x, a.x);
    const h = Math.min(bar.y + bar.height, a.y + a.height) - Math.max(bar.y, a.y);
    return w >= Math.min(MIN_VISIBLE, bar.width) && h > 0;
  });
  if (shown) {
    // Shrink a window larger than the display it is on.
    const area = workAreas.find((a) => saved.x! >= a.x && saved.x! < a.x + a.width) ?? workAreas[0];
    return area ? { ...saved, width: Math.min(saved.width, area.width), height: Math.min(saved.height, area.height) } : saved;
  }
  const { x: _x, y: _y, ...rest } = saved;
  const primary = workAreas[0];
  return (primary ? { ...rest, width: Math.min(saved.width, primary.width), height: Math.min(saved.height, primary.height) } : rest) as B;
}
