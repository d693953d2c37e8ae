// The preview of a pasted list of measures: what will be added (with the totals, checked against a sum row if the
// table has one), what is refused and why, the measures as a table, and the one edit that adds them all.
import { formatNumber } from '../../../shared/format';
import type { Lang } from '../../../shared/i18n';
import { appendMeasures, effectPerYear } from '../../../shared/measures/edits';
import { readPastedMeasures, type Msg, type PasteChoices, type PastedTable } from '../../../shared/measures/paste';
import type { Scenario } from '../../../shared/model/scenario';
import type { ImportPlan } from '../imports/types';

type T = (key: string, params?: Record<string, string | number>) => string;

/** A message whose params may name a format error (`reason`) to put in its `detail`. */
export function msgText(t: T, m: Msg): string {
  const params = { ...m.params };
  if (typeof params.reason === 'string') params.detail = t(params.reason, { text: params.text ?? '' }).replace(/\.$/, '');
  return t(m.code, params);
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.5;

export function pastePlan(doc: Scenario, table: PastedTable | null, choices: PasteChoices, t: T, lang: Lang): ImportPlan {
  const fail = (line: string): ImportPlan => ({ ok: false, lines: [line], patches: [], label: '' });
  if (table === null) return fail(t('measuresUi.paste.empty'));
  if (!choices.roles.includes('name')) return fail(t('measuresUi.paste.noNameColumn'));
  const r = readPastedMeasures(doc, table, choices);
  const amount = (v: number) => formatNumber(v, { decimals: 0, lang });
  const label = t('measuresUi.edit.paste', { count: r.measures.length });
  const lines: string[] = [];
  if (r.measures.length > 0) {
    lines.push(t('measuresUi.paste.summary', { count: r.measures.length, fullYear: amount(r.totals.fullYear), year: choices.startYear, firstYear: amount(r.totals.firstYear) }));
  } else {
    lines.push(t('measuresUi.paste.nothing'));
  }
  for (const s of r.sums) {
    const pairs: [number | null, number][] = [
      [s.fullYear, r.totals.fullYear],
      [s.firstYear, r.totals.firstYear],
    ];
    const stated = pairs.filter(([v]) => v !== null) as [number, number][];
    if (stated.length === 0) continue;
    const ok = stated.every(([v, computed]) => same(v, computed));
    lines.push(
      t(ok ? 'measuresUi.paste.sumOk' : 'measuresUi.paste.sumOff', {
        line: s.line,
        name: s.name,
        stated: stated.map(([v]) => amount(v)).join(' / '),
        computed: stated.map(([, c]) => amount(c)).join(' / '),
      }),
    );
  }
  for (const n of r.notes) lines.push(t('measuresUi.paste.noteLine', { line: n.line, name: n.name, note: msgText(t, n.note) }));
  for (const x of r.refused) lines.push(t('measuresUi.paste.refusedLine', { line: x.line, name: x.name, reason: msgText(t, x.reason) }));

  const areaCode = new Map(doc.areas.map((a) => [a.id, a.code]));
  const index = choices.startYear - doc.firstYear;
  return {
    ok: r.measures.length > 0,
    lines,
    table: {
      columns: [t('measuresUi.paste.colName'), t('measuresUi.paste.colArea'), t('measuresUi.paste.colEffect'), t('measuresUi.paste.colFullYear'), t('measuresUi.paste.colFirstYear', { year: choices.startYear })],
      numeric: [false, false, false, true, true],
      rows: r.measures.map((m) => {
        const e = m.effect;
        const full = e.mode === 'fte' ? e.fte * e.costPerFte : e.fullYear;
        const first = effectPerYear(doc, e)[index] ?? 0;
        return [m.name, areaCode.get(m.areaId) ?? '', t(`measuresUi.mode.${e.mode}`), amount(full), amount(first)];
      }),
    },
    patches: r.measures.length > 0 ? appendMeasures(doc, r.measures) : [],
    label,
  };
}
