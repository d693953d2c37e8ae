// The columns of the measures table. Input cells are yellow as in every grid; a cell that takes no input for this
// measure is grey and says why in its tooltip (the effect is FTEs × cost, or given per year). The key columns —
// on/off and name (pinned), area (its code), status, full-year effect, start, FTEs — come first, so they fit beside
// the Forklar panel at 1366×768 without scrolling sideways.
import type { CellClassParams, ColDef, ICellRendererParams, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';
import { formatNumber } from '../../../shared/format';
import type { Lang } from '../../../shared/i18n';
import { EFFECT_MODES } from '../../../shared/measures/edits';
import { MEASURE_KINDS, MEASURE_STATUSES, type Measure } from '../../../shared/model/measure';
import type { Scenario } from '../../../shared/model/scenario';
import { effectBoundPercent, formatEffectBound } from './effectRange';

/** The empty last row a new measure's name is typed into. */
export const NEW_ROW_ID = '__new';

type T = (key: string, params?: Record<string, string | number>) => string;
type Cell = { data?: Measure; node?: { rowPinned?: 'top' | 'bottom' | null } | null };

const isNew = (p: Cell) => p.node?.rowPinned === 'bottom';

/** Why a number cell of the measure takes no input, as an i18n key, or null when it does. */
export function whyNoInput(m: Measure, col: string): string | null {
  const mode = m.effect.mode;
  switch (col) {
    case 'fullYear':
      return mode === 'fte' ? 'measuresUi.why.fullYearFromFte' : null;
    case 'startYear':
    case 'startMonth':
      return mode === 'explicit' ? 'measuresUi.why.startExplicit' : null;
    case 'fte':
    case 'costPerFte':
      return mode === 'fte' || m.fteBasis ? null : 'measuresUi.why.fteNotUsed';
    case 'included':
      return m.status === 'forkastet' ? 'measuresUi.why.excluded' : null;
    default:
      return null;
  }
}

function numberOf(m: Measure, col: string): number | undefined {
  const e = m.effect;
  if (col === 'fullYear') return e.mode === 'fte' ? e.fte * e.costPerFte : e.fullYear;
  const v = (e as Record<string, unknown>)[col];
  if (typeof v === 'number') return v;
  return (m.fteBasis as Record<string, number> | undefined)?.[col];
}

/** "Teller ikke" in the on/off column of a rejected measure, instead of a ticked box that does not count. */
function ExcludedCell({ text }: ICellRendererParams<Measure> & { text: string }) {
  return <span className="measure-excluded">{text}</span>;
}

function Nothing() {
  return null;
}

export function measureColumns(doc: Scenario, t: T, lang: Lang): ColDef<Measure>[] {
  const areaName = new Map(doc.areas.map((a) => [a.id, `${a.code} ${a.name}`]));
  const areaCode = new Map(doc.areas.map((a) => [a.id, a.code]));
  // Years and months are plain numbers ("2027", not "2 027").
  const num = (decimals: number | null) => (p: ValueFormatterParams<Measure>) =>
    typeof p.value === 'number' ? (decimals === null ? String(p.value) : formatNumber(p.value, { decimals, lang })) : '';
  const editable = (col: string) => (p: Cell) => !isNew(p) && !!p.data && whyNoInput(p.data, col) === null;
  const classes = (col: string) => ({
    'cell-input': (p: CellClassParams<Measure>) => editable(col)(p),
    'cell-derived': (p: CellClassParams<Measure>) => !isNew(p) && !!p.data && whyNoInput(p.data, col) !== null,
  });
  const why = (col: string) => (p: ITooltipParams<Measure>) => {
    const reason = p.data && !isNew(p) ? whyNoInput(p.data, col) : null;
    return reason ? t(reason) : undefined;
  };
  const numberCol = (col: string, header: string, width: number, decimals: number | null = 0, tip?: string): ColDef<Measure> => ({
    colId: col,
    headerName: header,
    headerTooltip: tip,
    width,
    type: 'rightAligned',
    editable: editable(col),
    cellClassRules: classes(col),
    tooltipValueGetter: why(col),
    valueGetter: (p) => (p.data && !isNew(p) && whyNoInput(p.data, col) !== 'measuresUi.why.startExplicit' ? numberOf(p.data, col) : undefined),
    valueFormatter: num(decimals),
  });
  const select = (col: 'areaId' | 'kind' | 'status' | 'mode', header: string, width: number, values: readonly string[], label: (v: string) => string, tip?: string): ColDef<Measure> => ({
    colId: col,
    headerName: header,
    headerTooltip: tip,
    width,
    editable: editable(col),
    cellClassRules: classes(col),
    valueGetter: (p) => (!p.data || isNew(p) ? undefined : col === 'mode' ? p.data.effect.mode : p.data[col]),
    valueFormatter: (p) => (typeof p.value === 'string' ? label(p.value) : ''),
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values },
  });

  return [
    {
      colId: 'included',
      headerName: t('m.included'),
      headerTooltip: t('measuresUi.why.excluded'),
      width: 84,
      pinned: 'left',
      cellDataType: 'boolean',
      editable: editable('included'),
      cellClassRules: classes('included'),
      tooltipValueGetter: why('included'),
      valueGetter: (p) => (!p.data || isNew(p) ? undefined : p.data.included),
      cellRendererSelector: (p) =>
        isNew(p) ? { component: Nothing } : p.data?.status === 'forkastet' ? { component: ExcludedCell, params: { text: t('measuresUi.excluded') } } : undefined,
    },
    {
      colId: 'name',
      headerName: t('m.name'),
      // A measure is known by its name: a long one on two lines (measures.css). No wider: the key columns up to
      // Årsverk fit beside Forklar at 1366 px without scrolling sideways.
      width: 196,
      pinned: 'left',
      cellClass: 'measure-name',
      editable: (p) => isNew(p) || !!p.data,
      cellClassRules: { 'cell-input': () => true, 'cell-new': (p: CellClassParams<Measure>) => isNew(p) },
      valueGetter: (p) => (isNew(p) ? '' : p.data?.name),
      valueFormatter: (p) => (isNew(p) ? t('measuresUi.newRow') : String(p.value ?? '')),
      tooltipValueGetter: (p) => (isNew(p) ? t('measuresUi.newRow') : p.data?.name),
    },
    // The area by its code (P05) in the cell, its name in the tooltip and in the editor's list (which formats
    // without a row): the room goes to the columns a finance officer reads.
    {
      ...select('areaId', t('measuresUi.col.area'), 76, doc.areas.map((a) => a.id), (v) => areaName.get(v) ?? v, t('m.area')),
      valueFormatter: (p) => (typeof p.value !== 'string' ? '' : ((p.node ? areaCode : areaName).get(p.value) ?? p.value)),
      tooltipValueGetter: (p) => (typeof p.value === 'string' ? areaName.get(p.value) : undefined),
    },
    select('status', t('m.status'), 100, MEASURE_STATUSES, (v) => t(`m.status.${v}`)),
    numberCol('fullYear', t('m.fullYear'), 102, 0, t('m.fullYear')),
    numberCol('startYear', t('m.startYear'), 68, null, t('m.startYear')),
    numberCol('startMonth', t('measuresUi.col.startMonth'), 92, null, t('m.startMonth')),
    numberCol('fte', t('m.fte'), 72, 1, t('m.fte')),
    numberCol('costPerFte', t('m.costPerFte'), 118),
    select('mode', t('measuresUi.mode'), 130, EFFECT_MODES, (v) => t(`measuresUi.mode.${v}`), t('measuresUi.mode.tip')),
    select('kind', t('m.kind'), 100, MEASURE_KINDS, (v) => t(`m.kind.${v}`)),
    // Held in per cent, so that the editor opens on "60" and Enter on it keeps 60 %, not 0,6 %.
    {
      ...numberCol('probability', t('m.probability'), 112),
      valueGetter: (p) => (p.data && !isNew(p) ? Math.round(p.data.probability * 1e6) / 1e4 : undefined),
      valueFormatter: (p) => (typeof p.value === 'number' ? formatNumber(p.value / 100, { decimals: 0, percent: true, lang }) : ''),
    },
    ...(['low', 'high'] as const).map(
      (bound): ColDef<Measure> => ({
        colId: bound === 'low' ? 'effectLow' : 'effectHigh',
        headerName: t(bound === 'low' ? 'm.effectLow' : 'm.effectHigh'),
        headerTooltip: t(bound === 'low' ? 'm.effectLow.tip' : 'm.effectHigh.tip'),
        width: 100,
        type: 'rightAligned',
        editable: editable('effectRange'),
        cellClassRules: classes('effectRange'),
        // In per cent, so that the editor opens on "60" and a bare number reads back as per cent.
        valueGetter: (p) => (p.data && !isNew(p) ? effectBoundPercent(p.data, bound) : undefined),
        valueFormatter: (p) => formatEffectBound(typeof p.value === 'number' ? p.value : undefined, lang),
      }),
    ),
    {
      colId: 'notes',
      headerName: t('measuresUi.notes'),
      width: 260,
      editable: editable('notes'),
      cellClassRules: classes('notes'),
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      valueGetter: (p) => (p.data && !isNew(p) ? (p.data.notes ?? '') : undefined),
      tooltipValueGetter: (p) => (p.data && !isNew(p) ? p.data.notes : undefined),
    },
  ];
}
