import { describe, expect, it } from 'vitest';
import { visibleBounds } from './bounds';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const external = { x: 1366, y: 0, width: 1920, height: 1050 };

describe('a remembered window position', () => {
  it('is kept where a display shows it', () => {
    expect(visibleBounds({ x: 100, y: 50, width: 1200, height: 700 }, [laptop])).toEqual({ x: 100, y: 50, width: 1200, height: 700 });
    expect(visibleBounds({ x: 1500, y: 100, width: 1400, height: 900, maximized: true }, [laptop, external])).toEqual({ x: 1500, y: 100, width: 1400, height: 900, maximized: true });
  });

  it('is dropped when the display it was on is gone (the window is centred on the first display, at most its size)', () => {
    expect(visibleBounds({ x: 1500, y: 100, width: 1400, height: 900 }, [laptop])).toEqual({ width: 1366, height: 728 });
    // Only a sliver of the title bar, or none, on screen.
    expect(visibleBounds({ x: 1330, y: 100, width: 800, height: 600 }, [laptop])).toEqual({ width: 800, height: 600 });
    expect(visibleBounds({ x: 100, y: -500, width: 800, height: 400 }, [laptop])).toEqual({ width: 800, height: 400 });
  });

  it('shrinks a window larger than its display, and leaves one without a position alone', () => {
    expect(visibleBounds({ x: 0, y: 0, width: 1920, height: 1080 }, [laptop])).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    expect(visibleBounds({ width: 1400, height: 900 }, [laptop])).toEqual({ width: 1400, height: 900 });
  });
});
