// The store figures of one size, through the service as the app calls it, on a real database file in a temporary
// folder: open (scenario.open with the service's in-memory cache emptied, so the document comes from SQLite, then
// the renderer's LiveScenario, with no shapes compiled before it) and save (one scenario.edit of a typed year cell).
// Also reported: import, the save with synchronous=NORMAL (what the fsync of synchronous=FULL costs), the snapshot
// rewrite that every 200th edit pays, LiveScenario.apply of a typed cell (the renderer's side of an edit) and, with
// --detail, an edit that needs the whole-document check (a measure switched off). Open's CPU time is split into the
// service's part and the domain's lines (`cpu.openStoreMs`, `cpu.openLinesMs`; the rest is the engine's load and
// first compute).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService, type LocalService } from '../../electron/service/service';
import type { Envelope } from '../../shared/api/errors';
import { buildLines } from '../../shared/domain';
import { forgetShapes } from '../../shared/engine';
import { LiveScenario } from '../../shared/live/scenario';
import { serializeScenarioFile, type Scenario } from '../../shared/model';
import type { Patch } from '../../shared/patch';
import { describeRuns, median, smallRuns, timeOnceAsync, timeRuns, timeRunsAsync, type RunOptions, type Timing } from './measure';

export interface StoreFigures {
  openMs: number;
  /** The service's part of open (read, parse, replay the log). */
  openStoreMs: number;
  saveMs: number;
  /** The same save with synchronous=NORMAL instead of FULL: the difference is the fsync. */
  saveNormalMs: number;
  importMs: number;
  snapshotMs: number;
  /** LiveScenario.apply of a typed year cell: what the renderer does before the grid repaints. */
  liveEditMs: number;
  /** An edit that is not a year cell: validated in full before it is written (null without --detail). */
  saveCheckedMs: number | null;
  reduced: Record<string, string>;
  /** CPU time median of open. */
  openCpuMs: number;
  /** Where open's CPU time goes (medians): the service's part, and the domain's lines (buildLines of the opened
   *  document, timed on its own after the open runs); the rest of openCpuMs is the engine's load and first compute. */
  openStoreCpuMs: number;
  openLinesCpuMs: number;
}

async function value<T>(answer: Promise<Envelope<unknown>>): Promise<T> {
  const env = await answer;
  if (!env.ok) throw new Error(`service: ${env.error.code} ${JSON.stringify(env.error.params)}`);
  return env.value as T;
}

export async function benchStore(doc: Scenario, opts: RunOptions, detail = false): Promise<StoreFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-bench-'));
  const reduced: Record<string, string> = {};
  const note = (name: string, t: Timing) => {
    const d = describeRuns(t);
    if (d) reduced[name] = d;
    return t.median;
  };
  let service: LocalService | undefined;
  try {
    service = createService({ dataDir: dir, shell: 'cli', seedExample: false });
    const svc = service;
    const content = serializeScenarioFile(doc, '0.1.0');
    const imported = await timeOnceAsync(() => value<{ id: string }>(svc.dispatch('scenario.import', { fileName: 'bench.handlingsrom', content })));
    const id = imported.value.id;

    const storeRuns: number[] = [];
    const storeCpu: number[] = [];
    let live: LiveScenario | undefined;
    let openedDoc: Scenario | undefined;
    const open = await timeRunsAsync(
      opts,
      async () => {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const opened = await value<{ scenario: Scenario; revision: number }>(svc.dispatch('scenario.open', { id }));
        const c = process.cpuUsage(c0);
        storeRuns.push(performance.now() - t0);
        storeCpu.push((c.user + c.system) / 1000);
        live = new LiveScenario(opened.scenario, opened.revision);
        openedDoc = opened.scenario;
      },
      () => {
        live = undefined;
        svc.scenarios.forget();
        // As the first scenario opened in a process: no shapes compiled by an earlier run (formulaCache.ts).
        forgetShapes();
      },
    );
    const openMs = note('open', open);
    const lines = timeRuns({ ...opts, budgetMs: undefined }, () => buildLines(openedDoc!));

    // A typed year cell, as the grid sends it; the same patch through the renderer's LiveScenario.
    const area = doc.areas[Math.floor(doc.areas.length / 2)];
    const cell = (v: number): Patch[] => [{ op: 'set', path: ['areas', { id: area.id }, 'frame', 'originalBudget', 0], value: v }];
    const base = area.frame.originalBudget[0] ?? 0;
    const small = smallRuns(opts);
    const liveEditMs = note('liveEdit', timeRuns(small, (i) => live!.apply(cell(base + 1 + (i & 7)))));
    live = undefined;

    let revision = (await value<{ revision: number }>(svc.dispatch('scenario.open', { id }))).revision;
    const edit = async (patches: Patch[]) => {
      revision = (await value<{ revision: number }>(svc.dispatch('scenario.edit', { id, baseRevision: revision, label: 'bench', patches }))).revision;
    };
    // No collection before a save: a save is small, and the collector's background work would be timed instead.
    const saves: RunOptions = { runs: Math.max(opts.runs, 9), warmup: opts.warmup, gcEach: false, budgetMs: opts.budgetMs };
    const saveMs = note('save', await timeRunsAsync(saves, (i) => edit(cell(base + 1 + (i & 7)))));
    svc.db.pragma('synchronous = NORMAL');
    const saveNormalMs = note('saveNormal', await timeRunsAsync(saves, (i) => edit(cell(base + 11 + (i & 7)))));
    svc.db.pragma('synchronous = FULL');
    const snapshotMs = median(
      (await timeRunsAsync({ runs: 3, warmup: 0 }, () => svc.scenarios.snapshot(id), () => edit([{ op: 'set', path: ['areas', { id: area.id }, 'frame', 'originalBudget', 1], value: base + 1 }]))).times,
    );

    const measure = doc.measures[0];
    let saveCheckedMs: number | null = null;
    if (detail && measure) {
      saveCheckedMs = note('saveChecked', await timeRunsAsync({ ...opts, gcEach: false }, (i) => edit([{ op: 'set', path: ['measures', { id: measure.id }, 'included'], value: i % 2 === 0 }])));
    }
    const fromRuns = (xs: number[]) => median(open.fromWarmup ? xs : xs.slice(opts.warmup));
    return {
      openMs,
      openStoreMs: fromRuns(storeRuns),
      saveMs,
      saveNormalMs,
      importMs: imported.ms,
      snapshotMs,
      liveEditMs,
      saveCheckedMs,
      reduced,
      openCpuMs: open.cpuMedian,
      openStoreCpuMs: fromRuns(storeCpu),
      openLinesCpuMs: lines.cpuMedian,
    };
  } finally {
    await service?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
