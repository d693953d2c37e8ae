// The benchmark's model sizes (issue 7). S is the plan example in resources/examples; M, L and XL are generated.
// "Lines per area" counts the rows a user sees in an area's frame: the four base rows, the items ("nye tiltak og
// realendringer") and the user's own lines (input series and formula lines that reference other lines).

export type SizeName = 'S' | 'M' | 'L' | 'XL';

export interface SizeSpec {
  name: Exclude<SizeName, 'S'>;
  areas: number;
  linesPerArea: number;
  measures: number;
  ageGroups: number;
  services: number;
  years: number;
  /** Investment projects per area (a plan lists a few per area). */
  investmentsPerArea: number;
}

export const SIZES: Record<Exclude<SizeName, 'S'>, SizeSpec> = {
  M: { name: 'M', areas: 15, linesPerArea: 40, measures: 300, ageGroups: 8, services: 10, years: 10, investmentsPerArea: 2 },
  L: { name: 'L', areas: 50, linesPerArea: 60, measures: 3_000, ageGroups: 10, services: 20, years: 10, investmentsPerArea: 2 },
  // L with 20 years and ten times the areas and measures. Beyond the schema's limits (200 areas, 10 000 measures,
  // 5 000 user lines), so XL is an engine-only figure: its document is never validated, stored or compared.
  XL: { name: 'XL', areas: 500, linesPerArea: 60, measures: 30_000, ageGroups: 10, services: 20, years: 20, investmentsPerArea: 2 },
};

/** L's areas with the most measures and years the schema admits: the xlsx export's size (exportBench.ts). */
export const LARGEST_VALID: SizeSpec = { ...SIZES.L, measures: 10_000, years: 60 };

/** The fixed seed of the benchmark's documents. */
export const BENCH_SEED = 20240607;

/** How an area's document lines split: 4 base rows, a third of the rest items, the remainder user lines (half
 *  input series, half formulas). */
export function areaLineSplit(linesPerArea: number): { items: number; userInputs: number; userFormulas: number } {
  const rest = Math.max(0, linesPerArea - 4);
  const items = Math.floor(rest / 3);
  const user = rest - items;
  const userInputs = Math.ceil(user / 2);
  return { items, userInputs, userFormulas: user - userInputs };
}
