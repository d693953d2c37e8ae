// One operation of the benchmark in a loop, for a CPU profile of just that operation:
//   node --import tsx --cpu-prof --cpu-prof-dir=prof scripts/bench/profile.ts <build|load|full|edit|globalEdit|open|save|compare> [S|M|L|XL] [seconds]
// (`load`: the engine's part of a build alone, the lines built once.)
//   npx tsx scripts/bench/profileSummary.ts prof/<the larger .cpuprofile: the main thread>
// tsx's transform does not keep line numbers in profiles; for lines, bundle first (run the bundle from the repo
// root, so that the external packages resolve), then --lines <function> shows the hot lines of a function:
//   npx esbuild scripts/bench/profile.ts --bundle --platform=node --format=esm --outfile=prof/p.mjs \
//     --external:better-sqlite3 --external:hyperformula --external:exceljs
//   node --cpu-prof --cpu-prof-dir=prof prof/p.mjs full L && npx tsx scripts/bench/profileSummary.ts prof/<file> --lines evaluate
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService } from '../../electron/service/service';
import { buildLines, loadLines } from '../../shared/domain';
import { Engine } from '../../shared/engine';
import { LiveScenario } from '../../shared/live/scenario';
import { serializeScenarioFile } from '../../shared/model';
import { compareOnce, openVariants } from './compareBench';
import { editTarget, globalKey } from './engineBench';
import { documentOf } from './main';
import type { SizeName } from './sizes';

const OPS = ['build', 'load', 'full', 'edit', 'globalEdit', 'open', 'save', 'compare'] as const;
type Op = (typeof OPS)[number];

function engineOf(doc: ReturnType<typeof documentOf>): Engine {
  const engine = new Engine({ firstYear: doc.firstYear, years: doc.years });
  loadLines(engine, buildLines(doc));
  return engine;
}

async function setup(op: Op, size: SizeName): Promise<{ step: (i: number) => unknown; done: () => unknown }> {
  const doc = documentOf(size);
  const none = () => undefined;
  switch (op) {
    case 'build':
      return { step: () => engineOf(doc), done: none };
    case 'load': {
      const built = buildLines(doc);
      return { step: () => loadLines(new Engine({ firstYear: doc.firstYear, years: doc.years }), built), done: none };
    }
    case 'full': {
      const e = engineOf(doc);
      return { step: () => e.recompute(), done: none };
    }
    case 'edit':
    case 'globalEdit': {
      const e = engineOf(doc);
      const key = op === 'edit' ? editTarget(doc).key : globalKey(doc);
      const base = e.value(key, 0);
      const delta = op === 'edit' ? 1 : 0.001;
      return { step: (i) => e.setInput(key, 0, base + delta * (1 + (i & 7))), done: none };
    }
    case 'open':
    case 'save': {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-prof-'));
      const svc = createService({ dataDir: dir, shell: 'cli', seedExample: false });
      const created = await svc.dispatch('scenario.import', { fileName: 'p.handlingsrom', content: serializeScenarioFile(doc, '0.1.0') });
      if (!created.ok) throw new Error('import failed');
      const id = (created.value as { id: string }).id;
      const done = () => {
        svc.close();
        fs.rmSync(dir, { recursive: true, force: true });
      };
      if (op === 'open') {
        return {
          step: async () => {
            svc.scenarios.forget();
            const r = await svc.dispatch('scenario.open', { id });
            if (!r.ok) throw new Error('open failed');
            const v = r.value as { scenario: typeof doc; revision: number };
            new LiveScenario(v.scenario, v.revision);
          },
          done,
        };
      }
      const area = doc.areas[Math.floor(doc.areas.length / 2)];
      let revision = 0;
      return {
        step: async (i) => {
          const r = await svc.dispatch('scenario.edit', {
            id,
            baseRevision: revision,
            label: 'profil',
            patches: [{ op: 'set', path: ['areas', { id: area.id }, 'frame', 'originalBudget', 0], value: 1000 + (i & 7) }],
          });
          if (!r.ok) throw new Error('edit failed');
          revision = (r.value as { revision: number }).revision;
        },
        done,
      };
    }
    case 'compare': {
      const open = openVariants(doc);
      return { step: () => void compareOnce(open, open.map((l) => structuredClone(l.doc))), done: none };
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const op = argv[0] as Op;
  const size = (argv[1] ?? 'L').toUpperCase() as SizeName;
  const seconds = Number(argv[2] ?? 10);
  if (!OPS.includes(op) || !['S', 'M', 'L', 'XL'].includes(size)) {
    console.error(`usage: profile.ts <${OPS.join('|')}> [S|M|L|XL] [seconds]`);
    return 2;
  }
  const { step, done } = await setup(op, size);
  const t0 = performance.now();
  let i = 0;
  while (performance.now() - t0 < seconds * 1000) await step(i++);
  await done();
  console.error(`${op} ${size}: ${i} runs, ${((performance.now() - t0) / i).toFixed(3)} ms each`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
