// Investment projects with sums per owner (kommunekasse / KF), per area and per year, and the loan-financed part
// that becomes new debt (loans.ts).
import { INVESTMENT_OWNERS, type Investment } from '../model/investment';
import { label } from './builder';
import { areaGroup, areaPrefix, KR, SHARE, type BuildContext } from './context';
import { T } from './templates';

export const INVESTMENT_TAGS = {
  /** Every project's amount. */
  owner: (owner: string) => `invest.${owner}`,
  areaOwner: (prefix: string, owner: string) => `${prefix}.invest.${owner}`,
  /** Every project's loan-financed part. */
  loan: 'invest.lan',
};

function addProject(ctx: BuildContext, p: Investment): void {
  const { b } = ctx;
  const k = `invest.${p.id}`;
  const area = ctx.areas.get(p.areaId);
  const name = p.name;
  const group = areaGroup(ctx, p.areaId);
  const entity = { kind: 'investment' as const, id: p.id };
  const path = ['investments', { id: p.id }];
  const tags = [INVESTMENT_TAGS.owner(p.owner)];
  if (area) tags.push(INVESTMENT_TAGS.areaOwner(areaPrefix(area), p.owner));
  b.add({
    view: 'investeringer',
    group,
    entity,
    key: `${k}.belop`,
    label: label(p.owner === 'kf' ? 'line.investment.amountKf' : 'line.investment.amount', { name }),
    unit: KR,
    style: 'input',
    display: 'amount',
    input: b.series(p.amounts),
    tags,
    source: { path: [...path, 'amounts'], kind: 'series' },
  });
  b.add({
    view: 'investeringer',
    group,
    entity,
    key: `${k}.lanandel`,
    label: label('line.investment.loanShare', { name }),
    unit: SHARE,
    style: 'input',
    display: 'percent',
    input: b.scalar(p.loanShare),
    source: { path: [...path, 'loanShare'], kind: 'scalar' },
  });
  b.add({
    view: 'investeringer',
    group,
    entity,
    key: `${k}.lan`,
    label: label('line.investment.loan', { name }),
    unit: KR,
    style: 'computed',
    display: 'amount',
    template: { id: T.investmentLoan, args: { p: k } },
    tags: [INVESTMENT_TAGS.loan],
  });
}

export function addInvestments(ctx: BuildContext): void {
  const { b, s } = ctx;
  for (const p of s.investments) addProject(ctx, p);

  // Per area that has projects or published investment sums.
  const last = s.years - 1;
  const byArea = new Map<string, Investment[]>();
  for (const p of s.investments) {
    const list = byArea.get(p.areaId);
    if (list === undefined) byArea.set(p.areaId, [p]);
    else list.push(p);
  }
  for (const area of s.areas) {
    const own = byArea.get(area.id) ?? [];
    if (own.length === 0 && area.statedInvestments === undefined) continue;
    const a = areaPrefix(area);
    const st = area.statedInvestments;
    const entity = { kind: 'area' as const, id: area.id };
    const count = (owner: string) => Math.max(1, own.filter((p) => p.owner === owner).length);
    for (const owner of INVESTMENT_OWNERS) {
      b.add({
        unit: KR,
        view: 'investeringer',
        group: area.code,
        display: 'amount',
        entity,
        key: `${a}.invest_${owner}`,
        label: label(`line.investment.areaSum.${owner}`, { area: area.name }),
        style: 'subtotal',
        formula: `sumtag("${INVESTMENT_TAGS.areaOwner(a, owner)}")`,
        stated: b.stated(st?.[owner], count(owner)),
      });
    }
    const projects = own.length;
    b.add({
      unit: KR,
      view: 'investeringer',
      group: area.code,
      display: 'amount',
      entity,
      key: `${a}.invest_sum`,
      label: label('line.investment.areaSum.total', { area: area.name }),
      style: 'total',
      template: { id: T.investmentAreaSum, args: { a } },
      stated: b.stated(st?.total, Math.max(1, projects)),
    });
    let period: (number | null)[] | undefined;
    if (st?.periodTotal !== undefined) {
      period = new Array<number | null>(s.years).fill(null);
      period[last] = st.periodTotal;
    }
    b.add({
      unit: KR,
      view: 'investeringer',
      group: area.code,
      display: 'amount',
      entity,
      key: `${a}.invest_akkumulert`,
      label: label('line.investment.areaCumulative', { area: area.name }),
      style: 'computed',
      template: { id: T.investmentCumulative, args: { a } },
      stated: b.stated(period, Math.max(1, projects) * s.years),
    });
  }

  const common = { unit: KR, view: 'investeringer' as const, group: 'invest', display: 'amount' as const };
  for (const owner of INVESTMENT_OWNERS) {
    b.add({
      ...common,
      key: `invest.sum_${owner}`,
      label: label(`line.investment.sum.${owner}`),
      style: 'subtotal',
      formula: `sumtag("${INVESTMENT_TAGS.owner(owner)}")`,
    });
  }
  b.add({ ...common, key: 'invest.sum', label: label('line.investment.sum.total'), style: 'total', formula: 'invest.sum_kommunekasse + invest.sum_kf' });
}
