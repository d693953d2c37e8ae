// The statutory overviews a municipality publishes with its budget (budsjett- og regnskapsforskriften):
// § 5-4 første ledd bevilgningsoversikt drift, § 5-4 andre ledd bevilgninger per programme area, § 5-5 første ledd
// bevilgningsoversikt investering and § 5-5 andre ledd investments per project — filled from a computed scenario.
//
// The model is coarser than the regulation's form: it has one line of central revenues (not skatt, rammetilskudd
// and eiendomsskatt apart), no depreciation (which nets to zero in netto driftsresultat) and one line of other
// financing of investments. The rows it cannot fill are left out rather than shown as zero, and the rows that
// only this model has (the savings requirement not yet on the areas) are named as such, so the table still adds
// up to the model's netto driftsresultat. Signs: revenue and surplus positive, expenditure negative in the drift
// overview (the model's convention, shown in the heading); the investment overview lists expenditure and its
// financing as positive amounts. A year without figures (the plan's column before its first budget year) is
// blank with a note saying so, as in the workspace's grids (shared/domain blankYear), not a row of zeros.
import { blankYear } from '../domain/notApplicable';
import type { Engine, LineKey } from '../engine';
import type { ModelMessage } from '../model/messages';
import type { Scenario } from '../model/scenario';
import { planYears } from '../model/years';

export type StatutoryRowStyle = 'item' | 'sum' | 'total' | 'heading';

export interface StatutoryRow {
  id: string;
  label: ModelMessage;
  /** The line number of the regulation's form, when the row is one of its lines. */
  formLine?: number;
  style: StatutoryRowStyle;
  /** Per year of the table; null where a line is missing, its cell is an error or the year has no figures. */
  values: (number | null)[];
  /** Per year, true where the row has no figures that year (its value is null): shown as a dash, not 0. */
  blank?: boolean[];
  /** The model line the row shows (for navigation and explain), when it is one line. */
  key?: LineKey;
}

export interface StatutoryTable {
  id: 'drift' | 'driftAreas' | 'investering' | 'investeringProjects';
  title: ModelMessage;
  note?: ModelMessage;
  years: number[];
  rows: StatutoryRow[];
}

/** Per year: a number, null (a missing line or an error) or undefined (no figures that year). */
type Vec = (number | null | undefined)[];

function reader(engine: Engine) {
  const years = engine.years;
  const specOf = (k: LineKey) => engine.spec(k);
  const line = (key: LineKey): Vec =>
    Array.from({ length: years }, (_, y) => {
      if (!engine.has(key)) return null;
      const v = engine.value(key, y);
      if (blankYear(engine.spec(key), y, v, specOf)) return undefined;
      return Number.isFinite(v) ? v : null;
    });
  return line;
}

/** Element-wise a·x + b·y + …; null wherever a term is null, blank where every term is blank (a blank term among
 *  figures adds nothing, as a blank input does in the model). */
function combine(...terms: [number, Vec][]): Vec {
  const n = terms[0][1].length;
  return Array.from({ length: n }, (_, y) => {
    let sum = 0;
    let figures = false;
    for (const [factor, v] of terms) {
      const x = v[y];
      if (x === null) return null;
      if (x === undefined) continue;
      figures = true;
      sum += factor * x;
    }
    return figures ? sum : undefined;
  });
}

/** A sum line's values, blank in a year where every member is blank (the model adds blanks up to 0). */
function sumOf(total: Vec, members: Vec[]): Vec {
  if (members.length === 0) return total;
  return total.map((v, y) => (members.every((m) => m[y] === undefined) ? undefined : v));
}

/** A row's values as the table holds them: blanks as null, marked in `blank`. */
function rowValues(v: Vec): Pick<StatutoryRow, 'values' | 'blank'> {
  const values = v.map((x) => x ?? null);
  return v.some((x) => x === undefined) ? { values, blank: v.map((x) => x === undefined) } : { values };
}

const m = (code: string, params: Record<string, string | number> = {}): ModelMessage => ({ code, params });

/** Each programme area's frame and their sum (blank in a year no area has figures). */
function areaFrames(engine: Engine, doc: Scenario): { areas: Vec[]; sum: Vec } {
  const line = reader(engine);
  const areas = doc.areas.map((a) => line(`${a.code.toLowerCase()}.ramme`));
  return { areas, sum: sumOf(line('resultat.sum_rammer'), areas) };
}

function driftTable(engine: Engine, doc: Scenario, years: number[]): StatutoryTable {
  const line = reader(engine);
  const general = line('plan.sentrale_inntekter');
  const frames = combine([-1, areaFrames(engine, doc).sum]);
  const central = combine([1, line('plan.ovrige_netto')], [-1, line('plan.sentrale_utgifter')]);
  const appropriations = combine([1, frames], [1, central]);
  const gross = combine([1, general], [1, appropriations]);
  const dividend = line('plan.ekstra_utbytte');
  const interest = combine([-1, line('finans.renter_eksisterende_gjeld')], [-1, line('finans.renter_nye_lan')]);
  const repayment = combine([-1, line('plan.avdrag_eksisterende_gjeld')], [-1, line('finans.avdrag_nye_lan')]);
  const finance = combine([1, dividend], [1, interest], [1, repayment]);
  const requirement = line('resultat.uidentifisert_krav');
  const net = line('resultat.netto_driftsresultat');
  const toFund = combine([1, line('fond.resultat')], [1, line('fond.bevegelser')]);
  const carried = combine([1, net], [-1, toFund]);
  const row = (id: string, code: string, values: Vec, style: StatutoryRowStyle, formLine?: number, key?: LineKey): StatutoryRow => {
    const r: StatutoryRow = { id, label: m(`compare.statutory.drift.${code}`), style, ...rowValues(values) };
    if (formLine !== undefined) r.formLine = formLine;
    if (key !== undefined) r.key = key;
    return r;
  };
  return {
    id: 'drift',
    title: m('compare.statutory.drift.title'),
    note: m('compare.statutory.drift.note'),
    years,
    rows: [
      row('generalRevenue', 'generalRevenue', general, 'sum', 5, 'plan.sentrale_inntekter'),
      row('frames', 'frames', frames, 'item', undefined, 'resultat.sum_rammer'),
      row('central', 'central', central, 'item'),
      row('appropriations', 'appropriations', appropriations, 'sum', 6),
      row('gross', 'gross', gross, 'sum', 9),
      row('dividend', 'dividend', dividend, 'item', 11, 'plan.ekstra_utbytte'),
      row('interest', 'interest', interest, 'item', 13),
      row('repayment', 'repayment', repayment, 'item', 14),
      row('finance', 'finance', finance, 'sum', 15),
      row('requirement', 'requirement', requirement, 'item', undefined, 'resultat.uidentifisert_krav'),
      row('net', 'net', net, 'total', 17, 'resultat.netto_driftsresultat'),
      row('disposalHeading', 'disposalHeading', years.map(() => null), 'heading'),
      row('toFund', 'toFund', toFund, 'item', 20),
      row('disposals', 'disposals', toFund, 'sum', 22),
      row('carried', 'carried', carried, 'total'),
    ],
  };
}

function areasTable(engine: Engine, doc: Scenario, years: number[]): StatutoryTable {
  const frames = areaFrames(engine, doc);
  const rows: StatutoryRow[] = doc.areas.map((a, i) => {
    const key = `${a.code.toLowerCase()}.ramme`;
    return { id: a.id, label: m('compare.group.area', { code: a.code, name: a.name }), style: 'item', ...rowValues(frames.areas[i]), key };
  });
  rows.push({ id: 'sum', label: m('compare.statutory.areas.sum'), style: 'total', ...rowValues(frames.sum), key: 'resultat.sum_rammer' });
  return { id: 'driftAreas', title: m('compare.statutory.areas.title'), note: m('compare.statutory.areas.note'), years, rows };
}

/** Each project's amounts and their sums per area and in all (blank in a year no project has figures). */
function projectAmounts(engine: Engine, doc: Scenario): { project: Map<string, Vec>; area: (code: string) => Vec; sum: Vec } {
  const line = reader(engine);
  const project = new Map(doc.investments.map((p) => [p.id, line(`invest.${p.id}.belop`)]));
  const area = (areaId: string) => {
    const a = doc.areas.find((x) => x.id === areaId)!;
    const members = doc.investments.filter((p) => p.areaId === areaId).map((p) => project.get(p.id)!);
    return sumOf(line(`${a.code.toLowerCase()}.invest_sum`), members);
  };
  return { project, area, sum: sumOf(line('invest.sum'), [...project.values()]) };
}

function investmentTable(engine: Engine, doc: Scenario, years: number[]): StatutoryTable {
  const line = reader(engine);
  const spend = projectAmounts(engine, doc).sum;
  // The financing of a year without spending figures is no figure either.
  const loans = line('finans.nye_lan').map((v, y) => (spend[y] === undefined ? undefined : v));
  const other = combine([1, spend], [-1, loans]);
  const row = (id: string, values: Vec, style: StatutoryRowStyle, formLine?: number, key?: LineKey): StatutoryRow => {
    const r: StatutoryRow = { id, label: m(`compare.statutory.invest.${id}`), style, ...rowValues(values) };
    if (formLine !== undefined) r.formLine = formLine;
    if (key !== undefined) r.key = key;
    return r;
  };
  return {
    id: 'investering',
    title: m('compare.statutory.invest.title'),
    note: m('compare.statutory.invest.note'),
    years,
    rows: [
      row('fixedAssets', spend, 'item', 1, 'invest.sum'),
      row('spending', spend, 'sum', 6, 'invest.sum'),
      row('loans', loans, 'item', 13, 'finans.nye_lan'),
      row('other', other, 'item'),
      row('financing', spend, 'sum', 24),
      row('uncovered', combine([1, spend], [-1, loans], [-1, other]), 'total', 25),
    ],
  };
}

function projectsTable(engine: Engine, doc: Scenario, years: number[]): StatutoryTable {
  const amounts = projectAmounts(engine, doc);
  const rows: StatutoryRow[] = [];
  for (const area of doc.areas) {
    const projects = doc.investments.filter((p) => p.areaId === area.id);
    if (projects.length === 0) continue;
    rows.push({ id: `h_${area.id}`, label: m('compare.group.area', { code: area.code, name: area.name }), style: 'heading', values: years.map(() => null) });
    for (const p of projects) {
      const owner = p.owner === 'kf' ? 'compare.statutory.projects.kf' : 'compare.statutory.projects.kommunekasse';
      rows.push({ id: p.id, label: m(owner, { name: p.name }), style: 'item', ...rowValues(amounts.project.get(p.id)!), key: `invest.${p.id}.belop` });
    }
    const key = `${area.code.toLowerCase()}.invest_sum`;
    rows.push({ id: `s_${area.id}`, label: m('compare.statutory.projects.areaSum', { code: area.code }), style: 'sum', ...rowValues(amounts.area(area.id)), key });
  }
  rows.push({ id: 'sum', label: m('compare.statutory.projects.sum'), style: 'total', ...rowValues(amounts.sum), key: 'invest.sum' });
  return { id: 'investeringProjects', title: m('compare.statutory.projects.title'), years, rows };
}

/** The four overviews of a computed scenario (the engine computed from `doc`). */
export function statutoryOverviews(doc: Scenario, engine: Engine): StatutoryTable[] {
  const years = planYears(engine);
  return [driftTable(engine, doc, years), areasTable(engine, doc, years), investmentTable(engine, doc, years), projectsTable(engine, doc, years)];
}
