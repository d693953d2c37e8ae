// The perf e2e's UI measures against two or more builds in one run, alternating, so each sees the same load: page
// load to the first painted grid on S (a fresh browser context each time), and Enter to the painted dependent total
// on S. Each root is a checkout with node_modules and a built renderer (dist/renderer); reported, never asserted.
//   HR_AB='/path/to/main-checkout /path/to/branch-checkout' npx vitest run --config e2e/ab.config.ts
//   (HR_LOADS page loads per build, default 12; HR_ROUNDS × HR_PER edits per build, default 2 × 5; 0 rounds: none)
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { it } from 'vitest';
import { formatNumber } from '../shared/format';
import { cellNumber } from './grid';
import { launchBrowser, openPage, startWebApp, type WebApp } from './harness';
import { describeFigures, editToPaint, firstGridMs, summarise, watchFirstGrid } from './paintTimer';

async function firstGrid(browser: Browser, url: string): Promise<number> {
  const { page } = await openPage(browser, 'about:blank');
  await watchFirstGrid(page);
  await page.goto(url);
  const ms = await firstGridMs(page);
  await page.close();
  return ms;
}

const roots = (process.env.HR_AB ?? '').split(/\s+/).filter(Boolean);
const loads = Number(process.env.HR_LOADS ?? 12);
const rounds = Number(process.env.HR_ROUNDS ?? 2);
const per = Number(process.env.HR_PER ?? 5);
const nb = (v: number) => formatNumber(v, { lang: 'nb' });
const edit = { gridId: 'rammer', inputKey: 'p07.budsjettendringer', totalKey: 'p07.konsekvensjustert_ramme', year: 2024 };

it('measures the builds alternately', { timeout: 3_600_000 }, async () => {
  if (roots.length < 2) throw new Error('HR_AB: give two or more checkouts, separated by blanks');
  const builds: WebApp[] = [];
  for (const r of roots) builds.push(await startWebApp(undefined, 0, {}, [], r));
  const browser = await launchBrowser();
  try {
    // Each server makes the example on its first page's visit: not measured.
    for (const b of builds) await firstGrid(browser, b.url);
    const grids: number[][] = builds.map(() => []);
    for (let i = 0; i < loads; i++) for (let k = 0; k < builds.length; k++) grids[k].push(await firstGrid(browser, builds[k].url));
    const edits: number[][] = builds.map(() => []);
    if (rounds > 0) {
      const open = [];
      for (const b of builds) {
        const { page } = await openPage(browser, b.url);
        await page.getByTestId('tab-rammer').click();
        await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
        open.push({ page, start: await cellNumber(page, 'rammer', edit.inputKey, edit.year), total: await cellNumber(page, 'rammer', edit.totalKey, edit.year), done: 0 });
      }
      for (let r = 0; r < rounds; r++)
        for (let k = 0; k < builds.length; k++) {
          const o = open[k];
          edits[k].push(...(await editToPaint(o.page, { ...edit, start: o.start + o.done, total: o.total + o.done, n: per, format: nb })));
          o.done += per;
        }
    }
    for (let k = 0; k < builds.length; k++) {
      const f = summarise(grids[k]);
      const e = edits[k].length > 0 ? `; S Enter to the painted total ${describeFigures(summarise(edits[k]))}` : '';
      console.log(`${roots[k]}: first grid median ${f.median.toFixed(0)} ms (min ${f.min.toFixed(0)}, max ${f.max.toFixed(0)}; ${f.n} loads: ${grids[k].map((x) => x.toFixed(0)).join(' ')})${e}`);
    }
    console.log(`load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  } finally {
    await browser.close();
    for (const b of builds) {
      await b.stop();
      fs.rmSync(b.dataDir, { recursive: true, force: true });
    }
  }
});
