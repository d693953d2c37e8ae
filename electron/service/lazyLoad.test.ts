import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from './testing';

const dirs = tempDirs('hr-lazy-');
afterAll(() => dirs.cleanup());

describe('start-up cost', () => {
  it('loads exceljs on the first export, not when the service starts', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'lazyChild.ts'), dirs.make()], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ atStart: false, exported: true, afterExport: true });
  });
});
