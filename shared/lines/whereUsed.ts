// Where a line is used: the user's formula lines (scenario.lines, the only formulas a document holds; generated
// lines follow from the document's structure) that read it, found with the engine's own reference extraction.
// Asked before a line, or everything of a section (a programme area's `p05.*`), is renamed or removed.
import { formulaReferences } from '../engine/formulaCache';
import { customLineKey } from '../model/customLine';
import type { Scenario } from '../model/scenario';

export interface FormulaUse {
  /** The user line whose formula reads the key(s): its id, key and label. */
  id: string;
  key: string;
  label: string;
  /** The keys asked about that it reads (directly or through prev), in the order it reads them. */
  reads: string[];
}

/** The formula lines of `doc` that read a key for which `isTarget` holds; lines whose id is in `except` (the line
 *  itself, lines removed together with it) are left out. */
export function formulasReading(
  doc: Pick<Scenario, 'lines'>,
  isTarget: (key: string) => boolean,
  except: ReadonlySet<string> = new Set(),
): FormulaUse[] {
  const out: FormulaUse[] = [];
  for (const line of doc.lines) {
    if (line.kind !== 'formula' || except.has(line.id)) continue;
    const reads = (formulaReferences(line.formula)?.names ?? []).filter(isTarget);
    if (reads.length > 0) out.push({ id: line.id, key: customLineKey(line), label: line.label, reads });
  }
  return out;
}

/** A target for formulasReading: the key itself. */
export const isKey = (key: string) => (k: string) => k === key;

/** A target for formulasReading: every line of a section, e.g. all of a programme area's lines (`p05.…`). */
export const inSection = (section: string) => (k: string) => k.startsWith(`${section}.`);

/** The uses as a list for a message: «Label» (key), «Label» (key), … */
export function usesText(uses: readonly FormulaUse[]): string {
  return uses.map((u) => `«${u.label}» (${u.key})`).join(', ');
}
