import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNumberInputs, checkNumberSource } from './numberInputs';

const here = path.dirname(new URL(import.meta.url).pathname);

describe('number inputs read through readInput (README: units on input)', () => {
  it('holds for the renderer and the import tables', () => {
    expect(checkNumberInputs(path.resolve(here, '../..'))).toEqual([]);
  });

  it('catches each way around it', () => {
    const bad = [
      "import { parseNumber } from '../../../shared/format';",
      "import { x } from '../../../shared/format/numberParse';",
      '<input type="number" value={v} />',
      'const v = parseFloat(text);',
      '<input inputMode="decimal" value={v} />',
      '<input value={v} onChange={(e) => setV(Number(e.target.value))} />',
      '<select value={y} onChange={(e) => setY(Number(e.target.value))}>',
      'const years = Number(form.years.trim());',
    ].join('\n');
    expect(checkNumberSource('renderer/src/x/Form.tsx', bad).map((v) => `${v.line} ${v.rule}`)).toEqual([
      '1 parse-through-readInput',
      '2 parse-through-readInput',
      '3 no-number-input-type',
      '4 no-parseFloat',
      '5 decimal-fields-are-NumberInput',
      '8 no-Number-of-text',
      '6 number-of-value-only-from-select',
    ]);
  });
});
