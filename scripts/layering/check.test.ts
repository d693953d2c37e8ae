import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayering } from './check';

const here = path.dirname(new URL(import.meta.url).pathname);

describe('layering (docs/architecture.md)', () => {
  it('holds for the project itself', () => {
    expect(checkLayering(path.resolve(here, '../..'))).toEqual([]);
  });

  it('catches every kind of violation in the failing fixture', () => {
    const found = checkLayering(path.join(here, 'fixtures', 'bad')).map((v) => `${v.file}:${v.line} ${v.rule} ${v.detail}`);
    expect(found.sort()).toEqual(
      [
        'electron/service/usesElectron.ts:2 electron-only-in-entry-files electron',
        'renderer/src/usesElectron.ts:1 renderer-no-electron electron',
        'renderer/src/usesElectron.ts:2 renderer-no-node os',
        'shared/usesDom.ts:1 shared-no-ui-or-host react',
        'shared/usesDom.ts:2 shared-no-dom document',
        'shared/usesDom.ts:2 shared-no-dom window',
        'shared/usesNode.ts:1 shared-no-node node:fs',
        'shared/usesNode.ts:2 shared-no-node path',
        'shared/readsFixture.test.ts:2 electron-only-in-entry-files electron',
        'electron/service/usesHyperFormula.ts:1 hyperformula-only-in-benchmark hyperformula',
        'scripts/usesRenderer.ts:1 hosts-no-renderer renderer/src/analysis/runs',
        'renderer/src/kostra/Panel.ts:1 renderer-imports-downwards kostra -> workspace',
      ].sort(),
    );
  });

  it('accepts the good fixture (electron in an entry file, DOM words in comments and strings, node:fs in a test, renderer imports downwards)', () => {
    expect(checkLayering(path.join(here, 'fixtures', 'good'))).toEqual([]);
  });
});
