// The names of all operations, with no dependencies, so the preload bundle stays tiny.
// contract.ts must define exactly these (a test checks it).
export const opNames = [
  'app.info',
  'app.start',
  'app.opening',
  'scenario.list',
  'scenario.trash',
  'scenario.examples',
  'scenario.create',
  'scenario.duplicate',
  'scenario.rename',
  'scenario.delete',
  'scenario.restore',
  'scenario.purge',
  'scenario.open',
  'scenario.edit',
  'scenario.undo',
  'scenario.redo',
  'scenario.history',
  'scenario.version',
  'scenario.import',
  'scenario.importReview',
  'scenario.export',
  'compare.export',
  'xlsx.readChanges',
] as const;

export type OpName = (typeof opNames)[number];

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && (opNames as readonly string[]).includes(name);
}
