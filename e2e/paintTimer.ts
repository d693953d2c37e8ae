// Edit-to-paint as a user feels it: from the keydown of Enter in a cell editor to the frame whose DOM shows the
// dependent total's new text (checked at the start of every frame, so that frame is the one that paints it), marked
// once that frame's own work is done: its other frame callbacks, style and layout. A ResizeObserver made in the
// frame callback reports in the same frame, right after its layout (its first observation always does). Marked at
// the frame's start, the figure left out the work the grid does in that frame (some 120 ms of AG Grid's own frame
// callbacks and forced style on the first grid); marked by a posted message, it took in whatever other tasks were
// queued before it (React's scheduler posts its work the same way).
// Performance marks in the page: hr:keydown, hr:total-shown, and the measure hr:keydown-to-total.
import type { Page } from 'playwright-core';
import { median } from '../scripts/bench/measure';
import { yearCell } from './grid';

/** Arms the page: on the next Enter, watch the cell for `text` and measure. Resolves in the page when shown. */
async function arm(page: Page, cellSelector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ cellSelector, text }) => {
      const w = window as unknown as { __hrArmed?: Promise<number> };
      w.__hrArmed = new Promise<number>((resolve) => {
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== 'Enter') return;
          document.removeEventListener('keydown', onKey, true);
          performance.mark('hr:keydown');
          const frame = () => {
            const shown = document.querySelector(cellSelector)?.textContent?.trim();
            if (shown === text) {
              const laidOut = new ResizeObserver(() => {
                laidOut.disconnect();
                performance.mark('hr:total-shown');
                resolve(performance.measure('hr:keydown-to-total', 'hr:keydown', 'hr:total-shown').duration);
              });
              laidOut.observe(document.body);
            } else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        };
        document.addEventListener('keydown', onKey, true);
      });
    },
    { cellSelector, text },
  );
}

export interface PaintFigures {
  median: number;
  p90: number;
  min: number;
  max: number;
  n: number;
}

export function summarise(ms: number[]): PaintFigures {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: median(ms), p90: sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)], min: sorted[0], max: sorted.at(-1)!, n: ms.length };
}

export function describeFigures(f: PaintFigures): string {
  return `median ${f.median.toFixed(1)} ms, p90 ${f.p90.toFixed(1)} ms (min ${f.min.toFixed(1)}, max ${f.max.toFixed(1)}; ${f.n} edits)`;
}

/**
 * Types `n` values into `inputKey` (year `year`) of grid `gridId`, each `start + i`, and measures keydown →
 * the frame showing `totalKey` moved by the same amount (`format` renders the expected total as the grid does).
 */
export async function editToPaint(
  page: Page,
  opts: { gridId: string; inputKey: string; totalKey: string; year: number; start: number; total: number; n: number; format(v: number): string },
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 1; i <= opts.n; i++) {
    const input = await yearCell(page, opts.gridId, opts.inputKey, opts.year);
    const totalCell = await yearCell(page, opts.gridId, opts.totalKey, opts.year);
    const colId = await totalCell.getAttribute('col-id');
    const selector = `[data-testid="grid-${opts.gridId}"] [row-id="${opts.totalKey}"] [col-id="${colId}"]`;
    await input.dblclick();
    const editor = page.locator('.ag-cell-inline-editing input');
    await editor.fill(String(opts.start + i));
    await arm(page, selector, opts.format(opts.total + i));
    await editor.press('Enter');
    out.push(await page.evaluate(() => (window as unknown as { __hrArmed: Promise<number> }).__hrArmed));
  }
  return out;
}

const firstGrids = new WeakMap<Page, Promise<unknown>>();
const watched = new WeakSet<Page>();

/** Marks hr:first-grid once the first frame that shows a row of a grid is laid out (as hr:total-shown above), from
 *  the start of the page's (next) navigation; call again before each navigation to measure. The page says so on its console: waiting by polling
 *  from here (waitForFunction) would inject Playwright's script into the page while it loads, on its main thread. */
export async function watchFirstGrid(page: Page): Promise<void> {
  const shown = page.waitForEvent('console', { predicate: (m) => m.text() === 'hr:first-grid', timeout: 60_000 });
  shown.catch(() => undefined); // a page closed before: not an unhandled rejection (firstGridMs still throws)
  firstGrids.set(page, shown);
  if (watched.has(page)) return;
  watched.add(page);
  await page.addInitScript(() => {
    const frame = () => {
      if (document.querySelector('[data-testid^="grid-"] .ag-row')) {
        const laidOut = new ResizeObserver(() => {
          laidOut.disconnect();
          performance.mark('hr:first-grid');
          console.debug('hr:first-grid');
        });
        laidOut.observe(document.body);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

export async function firstGridMs(page: Page): Promise<number> {
  await firstGrids.get(page);
  return page.evaluate(() => performance.getEntriesByName('hr:first-grid')[0].startTime);
}
