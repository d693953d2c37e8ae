// The child process of crash.test.ts: applies edits to one scenario as fast as it can and prints each committed
// revision ("<revision> <kind> <year> <value>") after its transaction has returned. The parent kills it with SIGKILL
// at a random moment and checks that every printed revision survived.
// Usage: node --import tsx crashChild.ts <db file> <scenario id> <seed>
import fs from 'node:fs';
import { openSqliteStore } from './sqliteStore';
import { ScenarioService } from '../service/scenarios';

const [dbFile, id, seedText] = process.argv.slice(2);
let seed = Number(seedText) >>> 0 || 1;
function random(): number {
  // xorshift32: the parent's seed decides the sequence of edits and undos.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

const store = openSqliteStore(dbFile);
// A short snapshot interval, so kills also land while a snapshot is rewritten.
// Only year cells are edited, which are saved without the whole-document check (seriesEdit.ts), so the formula
// engine is not loaded and the child starts quickly; anything else would be refused.
const svc = new ScenarioService(store, {
  snapshotEvery: 7,
  validate: () => {
    throw new Error('the crash test edits year cells only');
  },
});
const say = (line: string) => fs.writeSync(1, `${line}\n`);
say('ready');
for (let n = 0; ; n++) {
  const state = await svc.open(id);
  const year = Math.floor(random() * 4);
  if (state.canUndo && random() < 0.15) {
    const r = await svc.undo(id, state.revision, 'nb');
    const p = r.patches[0] as { path: unknown[]; value: number | null };
    say(`${r.revision} undo ${p.path[p.path.length - 1]} ${p.value}`);
    continue;
  }
  const value = Math.round(random() * 1e6);
  const r = await svc.edit({ id, baseRevision: state.revision, label: `e${n}`, lang: 'nb', patches: [{ op: 'set', path: ['lines', { id: 'l_vikar' }, 'values', year], value }] });
  say(`${r.revision} edit ${year} ${value}`);
}
