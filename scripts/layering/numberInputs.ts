// Every number the renderer or an import reads from text goes through readInput (shared/format/readInput.ts), in
// the unit of what it goes into; number fields are NumberInput / NumberField (renderer/src/widgets/NumberInput.tsx),
// which carry their unit. This check refuses the ways around it, so a new field or import table cannot read
// numbers on its own.
import fs from 'node:fs';
import path from 'node:path';

export interface NumberInputViolation {
  file: string;
  line: number;
  rule: string;
}

const WIDGET = 'renderer/src/widgets/NumberInput.tsx';

const RULES: { rule: string; pattern: RegExp; allowed?: (file: string) => boolean }[] = [
  // The parser itself reads without a target: only readInput (and parseNumberBlock, which calls it) may.
  { rule: 'parse-through-readInput', pattern: /\bparseNumber\b|format\/numberParse['"]/ },
  { rule: 'no-number-input-type', pattern: /type=["']number["']|type=\{["']number["']\}/ },
  { rule: 'no-parseFloat', pattern: /\b(?:parseFloat|parseInt|valueAsNumber)\b/ },
  { rule: 'decimal-fields-are-NumberInput', pattern: /inputMode=["']decimal["']/, allowed: (file) => file === WIDGET },
  // Number() of trimmed text is typed text read without a unit ("2 025" is NaN to it).
  { rule: 'no-Number-of-text', pattern: /\bNumber\([^()]*\.trim\(\)\s*\)/ },
];

// Number(…) of an element's value is a choice from a <select> (a year, an index); from any other element it is
// typed text read without a unit.
const NUMBER_OF_VALUE = /Number\(\s*e\.(?:target|currentTarget)\.value\s*\)/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** The violations in one source file (`file` relative to the repository, with forward slashes). */
export function checkNumberSource(file: string, text: string): NumberInputViolation[] {
  const found: NumberInputViolation[] = [];
  text.split('\n').forEach((source, i) => {
    const code = source.replace(/\/\/.*$/, '');
    for (const { rule, pattern, allowed } of RULES) {
      if (pattern.test(code) && !allowed?.(file)) found.push({ file, line: i + 1, rule });
    }
  });
  for (const m of text.matchAll(NUMBER_OF_VALUE)) {
    const before = text.slice(0, m.index);
    const tag = [...before.matchAll(/<([A-Za-z]\w*)/g)].pop()?.[1];
    if (tag !== 'select') found.push({ file, line: lineOf(text, m.index ?? 0), rule: 'number-of-value-only-from-select' });
  }
  return found;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(full));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Where numbers are read from text a user typed or a file holds: the renderer and the import tables. */
const SCANNED = [
  ['renderer', 'src'],
  ['shared', 'imports'],
];

/** The violations under `root` (the repository). */
export function checkNumberInputs(root: string): NumberInputViolation[] {
  return SCANNED.flatMap((dir) => sources(path.join(root, ...dir))).flatMap((full) =>
    checkNumberSource(path.relative(root, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8')),
  );
}
