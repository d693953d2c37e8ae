// Synthetic scenario documents for the benchmark, shaped like a real economic plan: programme areas with their frame
// rows, items and the user's own lines (input series and formula lines that build on each other, on the frame and
// on the assumptions), measures in every effect mode and status, demography with services over age groups,
// investments, the plan's result inputs, the reserve fund and the accounts. Deterministic for a seed.
// M and L are valid under the model's schema; XL is beyond its limits by design (see sizes.ts).
import { DEFAULT_RULES, SCENARIO_UNIT, type Scenario } from '../../shared/model';
import type { AgeGroup, Area, CustomLine, Investment, Measure, Service } from '../../shared/model';
import { Prng } from './prng';
import { areaLineSplit, type SizeSpec } from './sizes';

type Series = (number | null)[];

export const FIRST_YEAR = 2024;

const ITEM_NAMES = [
  'Nye bofellesskap og demografi',
  'Korreksjon redusert prisvekst',
  'Økte ressurskrevende tjenester',
  'Helårseffekt av vedtak',
  'Husleieøkning',
  'Omstilling og effektivisering',
  'Økt antall brukere',
  'Tilskudd bortfaller',
];
const USER_INPUT_NAMES = ['Vikarbruk', 'Overtid', 'Kjøp fra private', 'Brukerbetaling', 'Husleie', 'Transport', 'Lisenser', 'Innleie'];
const MEASURE_NAMES = [
  'Redusert innleie',
  'Nærværssatsing',
  'Samlokalisering',
  'Digitalisering av saksbehandling',
  'Færre kjøpte plasser',
  'Omorganisering',
  'Reduserte driftsutgifter',
  'Endret bemanningsplan',
  'Velferdsteknologi',
  'Egen avlastningskapasitet',
];
const SERVICE_NAMES = ['Hjemmetjeneste', 'Sykehjem', 'Barnehage', 'Grunnskole', 'Helsestasjon', 'Avlastning', 'BPA', 'Omsorgsbolig', 'Dagtilbud', 'Praktisk bistand'];
/** Age bands as SSB tables print them; the last one is open-ended. */
const AGE_BANDS_10: [number, number | undefined][] = [[0, 5], [6, 15], [16, 19], [20, 44], [45, 66], [67, 74], [75, 79], [80, 84], [85, 89], [90, undefined]];
const AGE_BANDS_8: [number, number | undefined][] = [[0, 5], [6, 15], [16, 19], [20, 66], [67, 79], [80, 84], [85, 89], [90, undefined]];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const rate = (x: number) => Math.round(x * 1000) / 1000;

function ageBands(n: number): [number, number | undefined][] {
  if (n === 10) return AGE_BANDS_10;
  if (n === 8) return AGE_BANDS_8;
  // Any other count: equal bands up to 100, the last open-ended.
  const width = Math.max(1, Math.floor(100 / n));
  return Array.from({ length: n }, (_, i) => [i * width, i === n - 1 ? undefined : i * width + width - 1]);
}

/** The document of a size, from a seed. */
export function generateScenario(spec: SizeSpec, seed: number): Scenario {
  const r = new Prng(seed);
  const years = spec.years;
  const firstYear = FIRST_YEAR;
  const constant = (v: number): Series => new Array<number>(years).fill(v);
  const growing = (v: number, growth: number): Series => Array.from({ length: years }, (_, y) => Math.round(v * (1 + growth) ** y));

  // ---- areas: frame rows, items, user lines
  const codeWidth = String(spec.areas).length < 2 ? 2 : String(spec.areas).length;
  const split = areaLineSplit(spec.linesPerArea);
  const areas: Area[] = [];
  const lines: CustomLine[] = [];
  const budgets: number[] = [];
  for (let i = 0; i < spec.areas; i++) {
    const code = `P${pad(i + 1, codeWidth)}`;
    const id = code.toLowerCase();
    const budget = r.int(40_000, 600_000);
    budgets.push(budget);
    const previous: Series = [];
    let cut = 0;
    for (let y = 0; y < years; y++) {
      if (y > 0 && r.chance(0.3)) cut -= r.int(0, Math.round(budget * 0.01));
      previous.push(cut);
    }
    const items = Array.from({ length: split.items }, (_, k) => {
      const amount = r.int(-Math.round(budget * 0.03), Math.round(budget * 0.03));
      const values: Series = Array.from({ length: years }, (_, y) => (r.chance(0.1) ? null : y === 0 ? Math.round(amount * 0.6) : amount));
      return { id: `post_${pad(k + 1, 2)}`, name: `${ITEM_NAMES[k % ITEM_NAMES.length]} ${k + 1}`, values };
    });
    areas.push({
      id,
      code,
      name: `Programområde ${code}`,
      frame: {
        originalBudget: constant(budget),
        previousDecisions: previous,
        currentYearChanges: constant(r.int(-Math.round(budget * 0.01), Math.round(budget * 0.03))),
        wageAndPriceGrowth: constant(Math.round(budget * r.range(0.03, 0.05))),
      },
      items,
    });
    lines.push(...userLines(r, id, split, budget, years, firstYear));
  }
  lines.push(...globalLines());

  // ---- measures
  const measures: Measure[] = Array.from({ length: spec.measures }, (_, i) => measure(r, i, areas[r.int(0, areas.length - 1)].id, years, firstYear));

  // ---- demography
  const ageGroups: AgeGroup[] = ageBands(spec.ageGroups).map(([from, to]) => {
    const base = r.int(2_000, 40_000);
    const growth = r.range(-0.01, 0.01) + (from >= 67 ? 0.03 : 0);
    const group: AgeGroup = { id: to === undefined ? `a${from}_pluss` : `a${from}_${to}`, name: to === undefined ? `${from} år og over` : `${from}–${to} år`, fromAge: from, population: growing(base, growth) };
    if (to !== undefined) group.toAge = to;
    return group;
  });
  const services: Service[] = Array.from({ length: spec.services }, (_, i) => {
    const width = r.int(1, Math.min(4, ageGroups.length));
    const start = r.int(0, ageGroups.length - width);
    const coverage: Record<string, number> = {};
    for (let g = start; g < start + width; g++) coverage[ageGroups[g].id] = rate(r.range(0.005, 0.3));
    const svc: Service = {
      id: `tjeneste_${pad(i + 1, 2)}`,
      name: `${SERVICE_NAMES[i % SERVICE_NAMES.length]} ${i + 1}`,
      areaId: areas[r.int(0, areas.length - 1)].id,
      unit: 'brukere',
      coverage,
      unitCost: r.int(50, 1_500),
      feedsFrame: r.chance(0.8),
    };
    const growth = r.next();
    if (growth < 0.5) svc.costGrowthId = 'prisvekst';
    else if (growth < 0.75) svc.costGrowthId = 'lonnsvekst';
    return svc;
  });

  // ---- investments
  const investments: Investment[] = [];
  for (const area of areas) {
    for (let k = 0; k < spec.investmentsPerArea; k++) {
      const amounts: Series = Array.from({ length: years }, (_, y) => (y < 4 && r.chance(0.7) ? r.int(1_000, 80_000) : null));
      investments.push({ id: `${area.id}_prosjekt_${k + 1}`, name: `Prosjekt ${k + 1} i ${area.code}`, areaId: area.id, owner: r.chance(0.6) ? 'kommunekasse' : 'kf', amounts, loanShare: rate(r.range(0.5, 1)) });
    }
  }

  // ---- plan, fund, accounts
  const frames = budgets.reduce((a, b) => a + b, 0);
  const firstPlanYears = (values: number[]): Series => Array.from({ length: years }, (_, y) => values[Math.min(y, values.length - 1)]);
  return {
    id: `bench_${spec.name.toLowerCase()}`,
    name: `Benchmark ${spec.name}`,
    description: `Syntetisk scenario for ytelsesmåling (${spec.areas} programområder, ${spec.measures} tiltak, ${years} år).`,
    municipality: 'Benchmark kommune',
    unit: SCENARIO_UNIT,
    firstYear,
    years,
    assumptions: [
      { id: 'lonnsvekst', name: 'Lønnsvekst', unit: 'andel', kind: 'series', values: Array.from({ length: years }, () => rate(r.range(0.03, 0.055))) },
      { id: 'prisvekst', name: 'Prisvekst', unit: 'andel', kind: 'series', values: Array.from({ length: years }, () => rate(r.range(0.02, 0.045))) },
      { id: 'befolkningsvekst', name: 'Befolkningsvekst', unit: 'andel', kind: 'series', values: constant(0.008) },
      { id: 'kostnad_per_arsverk', name: 'Kostnad per årsverk', unit: '1000 kr', kind: 'scalar', value: 700 },
    ],
    demography: { baseYear: firstYear, ageGroups, services },
    areas,
    measures,
    investments,
    plan: {
      grossOperatingRevenue: growing(frames * 1.25, 0.02),
      centralRevenues: growing(frames * 1.1, 0.025),
      centralExpenses: constant(Math.round(frames * 0.03)),
      otherNet: constant(-Math.round(frames * 0.05)),
      extraDividend: firstPlanYears([40_000, 50_000, 40_000, 0]),
      savingsRequirement: firstPlanYears([0, Math.round(frames * 0.01), Math.round(frames * 0.015)]),
      newLoans: { interestRate: constant(0.04), repaymentYears: 40 },
      existingDebt: { opening: Math.round(frames * 0.9), interestRate: constant(0.035), repayment: constant(Math.round(frames * 0.03)) },
    },
    fund: {
      opening: Math.round(frames * 0.07),
      movements: Array.from({ length: 4 }, (_, k) => ({
        id: `bevegelse_${k + 1}`,
        name: `Vedtatt bruk ${k + 1}`,
        values: Array.from({ length: years }, (_, y) => (y <= k ? -r.int(0, Math.round(frames * 0.005)) : null)),
      })),
      resultToFundFromYear: firstYear + 1,
    },
    rules: { ...DEFAULT_RULES, debtCeilingShare: 1.2 },
    accounts: {
      rows: areas.map((a, i) => {
        const revised = Math.round(budgets[i] * 1.02);
        return { id: `r_${a.id}`, code: a.code, name: a.name, areaId: a.id, revisedBudget: [revised], accounts: [Math.round(revised * (1 + r.range(-0.05, 0.05)))] };
      }),
    },
    lines,
  };
}

/** An area's own lines: input series, and formula lines over them, the frame, the assumptions and each other.
 *  The first formula line is the frame's price adjustment and is tagged as an item of the frame, so the price
 *  growth assumption reaches the frame, the result and the fund. Every other line is placed after its predecessor
 *  (`after`), as lines added in the grid are. */
function userLines(r: Prng, a: string, split: ReturnType<typeof areaLineSplit>, budget: number, years: number, firstYear: number): CustomLine[] {
  const out: CustomLine[] = [];
  const common = (id: string, label: string, unit: string, index: number) => {
    const line = { id: `${a}_${id}`, section: a, name: id, label, unit, view: 'rammer' as const };
    const after = index === 0 ? `${a}.ramme` : index % 2 === 1 ? `${a}.${out[index - 1].name}` : undefined;
    return after === undefined ? line : { ...line, after };
  };
  const inputs: string[] = [];
  for (let k = 0; k < split.userInputs; k++) {
    const name = `linje_${pad(k + 1, 2)}`;
    const base = r.range(0.01, 0.1) * budget;
    const growth = r.range(-0.02, 0.05);
    const values: Series = Array.from({ length: years }, (_, y) => (r.chance(0.05) ? null : Math.round(base * (1 + growth) ** y)));
    out.push({ ...common(name, `${USER_INPUT_NAMES[k % USER_INPUT_NAMES.length]} ${k + 1}`, '1000 kr', out.length), kind: 'input', values });
    inputs.push(`${a}.${name}`);
  }
  // areaLineSplit gives at least as many inputs as formulas, so there is always one to read.
  const src = inputs;
  const formulas: string[] = [];
  for (let j = 0; j < split.userFormulas; j++) {
    const name = `beregnet_${pad(j + 1, 2)}`;
    const self = `${a}.${name}`;
    const [x, y, z] = [src[j % src.length], src[(j + 1) % src.length], src[(j + 2) % src.length]];
    const before = j > 0 ? formulas[j - 1] : x;
    let formula: string;
    let unit = '1000 kr';
    let tags: string[] | undefined;
    switch (j % 10) {
      case 0:
        if (j === 0) {
          formula = `${a}.opprinnelig_budsjett * forutsetning.prisvekst`;
          tags = [`${a}.post`];
        } else formula = `${a}.lonns_og_prisvekst * forutsetning.lonnsvekst`;
        break;
      case 1:
        formula = `${x} * (1 + forutsetning.prisvekst)`;
        break;
      case 2:
        formula = `grow(${x}, forutsetning.lonnsvekst)`;
        break;
      case 3:
        formula = `round(safediv(${x}, ${a}.ramme), 4)`;
        unit = 'andel';
        break;
      case 4:
        formula = `${before} + ${y}`;
        break;
      case 5:
        formula = `prev(${self}, 1, ${x}) + ${y} - ${z}`;
        break;
      case 6:
        formula = `max(${x} - ${y}, 0)`;
        break;
      case 7:
        formula = `year >= ${firstYear + 2} ? ${x} * 0.5 : ${x}`;
        break;
      case 8:
        formula = `${a}.konsekvensjustert_ramme * 0.01 + ${before}`;
        break;
      default:
        formula = `sum(${x}, ${y}, ${z}) - prev(${x})`;
    }
    const line: CustomLine = { ...common(name, `Beregnet linje ${j + 1}`, unit, out.length), kind: 'formula', formula };
    if (tags) line.tags = tags;
    out.push(line);
    formulas.push(self);
  }
  return out;
}

/** A few lines of the user's own on the overview, over the result and the reserve fund. */
function globalLines(): CustomLine[] {
  const common = { section: 'resultat', unit: '1000 kr', view: 'oversikt' as const };
  return [
    { ...common, id: 'g_kontroll', name: 'kontroll_gap', label: 'Resultat mot risikojustert gap', kind: 'formula', formula: 'resultat.netto_driftsresultat - tiltak.gap_risikojustert' },
    { ...common, id: 'g_akkumulert', name: 'akkumulert', label: 'Akkumulert resultat', kind: 'formula', formula: 'prev(resultat.akkumulert) + resultat.netto_driftsresultat' },
    {
      ...common,
      id: 'g_rammevekst',
      name: 'rammevekst',
      label: 'Vekst i sum rammer',
      unit: 'andel',
      kind: 'formula',
      formula: 'safediv(resultat.sum_rammer - prev(resultat.sum_rammer, 1, resultat.sum_rammer), resultat.sum_rammer)',
    },
  ];
}

function measure(r: Prng, i: number, areaId: string, years: number, firstYear: number): Measure {
  const startYear = firstYear + r.int(0, Math.min(3, years - 1));
  const startMonth = r.int(1, 12);
  const mode = r.next();
  let effect: Measure['effect'];
  let fteBasis: Measure['fteBasis'];
  if (mode < 0.55) {
    effect = { mode: 'phasein', fullYear: r.int(200, 15_000), startYear, startMonth };
    if (r.chance(0.1)) fteBasis = { fte: Math.round(r.range(0.5, 12) * 10) / 10, costPerFte: r.int(650, 850) };
  } else if (mode < 0.85) {
    effect = { mode: 'fte', fte: Math.round(r.range(0.5, 12) * 10) / 10, costPerFte: r.int(650, 850), startYear, startMonth };
  } else {
    const fullYear = r.int(200, 15_000);
    const start = startYear - firstYear;
    const firstShare = r.range(0.3, 0.8);
    const perYear: Series = Array.from({ length: years }, (_, y) => (y < start ? null : y === start ? Math.round(fullYear * firstShare) : fullYear));
    effect = { mode: 'explicit', fullYear, perYear };
  }
  const s = r.next();
  const status = s < 0.5 ? 'forslag' : s < 0.75 ? 'vedtatt' : s < 0.9 ? 'iverksatt' : 'forkastet';
  const m: Measure = {
    id: `t${pad(i + 1, 5)}`,
    name: `${MEASURE_NAMES[i % MEASURE_NAMES.length]} ${i + 1}`,
    areaId,
    kind: r.chance(0.9) ? 'saving' : 'increase',
    effect,
    probability: Math.round(r.range(0.3, 1) * 20) / 20,
    status,
    included: r.chance(0.85),
  };
  if (fteBasis) m.fteBasis = fteBasis;
  return m;
}
