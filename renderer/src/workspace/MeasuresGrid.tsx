// Tiltak: one row per measure with its switches and parameters. Every change is a patch on the measure, so it is
// saved, undoable, and recomputed like any other edit.
import type { CellEditRequestEvent, ColDef, ValueFormatterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { formatNumber, parseNumber } from '../../../shared/format';
import { MEASURE_KINDS, MEASURE_STATUSES, type Measure } from '../../../shared/model/measure';
import type { Scenario } from '../../../shared/model';
import type { Patch } from '../../../shared/patch/types';
import { useI18n } from '../i18n/useI18n';
import { gridTheme } from '../grid/setup';
import { useGridLocaleText } from '../grid/locale';
import { effectBoundPercent, effectRangeEdit, formatEffectBound, type EffectBound } from './effectRange';

export interface MeasuresGridProps {
  doc: Scenario;
  onPatch(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
}

type Field = 'included' | 'name' | 'areaId' | 'kind' | 'status' | 'probability' | 'fullYear' | 'startYear' | 'startMonth' | 'fte' | 'costPerFte';
/** The effect range's columns (effectRange.ts): per cent of the planned effect, blank = as planned. */
const RANGE_COLUMNS = new Map<string, EffectBound>([
  ['effectLow', 'low'],
  ['effectHigh', 'high'],
]);
const EFFECT_FIELDS = new Set<Field>(['fullYear', 'startYear', 'startMonth', 'fte', 'costPerFte']);
const NUMERIC = new Set<Field>(['probability', 'fullYear', 'startYear', 'startMonth', 'fte', 'costPerFte']);

function effectValue(m: Measure, field: Field): number | undefined {
  const e = m.effect as Record<string, unknown>;
  const v = e[field];
  return typeof v === 'number' ? v : undefined;
}

export function MeasuresGrid({ doc, onPatch, onMessage }: MeasuresGridProps) {
  const { t, lang } = useI18n();
  const localeText = useGridLocaleText();
  const areaName = useMemo(() => new Map(doc.areas.map((a) => [a.id, `${a.code} ${a.name}`])), [doc.areas]);

  const columnDefs = useMemo<ColDef<Measure>[]>(() => {
    const num = (decimals = 0, percent = false) => (p: ValueFormatterParams<Measure>) =>
      typeof p.value === 'number' ? formatNumber(p.value, { decimals, percent, lang }) : '';
    return [
      { colId: 'included', headerName: t('m.included'), width: 60, cellDataType: 'boolean', editable: true, valueGetter: (p) => p.data?.included },
      { colId: 'name', headerName: t('m.name'), width: 280, pinned: 'left', editable: true, valueGetter: (p) => p.data?.name },
      {
        colId: 'areaId',
        headerName: t('m.area'),
        width: 190,
        editable: true,
        valueGetter: (p) => p.data?.areaId,
        valueFormatter: (p) => areaName.get(p.value as string) ?? String(p.value ?? ''),
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: doc.areas.map((a) => a.id) },
      },
      {
        colId: 'kind',
        headerName: t('m.kind'),
        width: 110,
        editable: true,
        valueGetter: (p) => p.data?.kind,
        valueFormatter: (p) => t(`m.kind.${p.value}`),
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...MEASURE_KINDS] },
      },
      {
        colId: 'status',
        headerName: t('m.status'),
        width: 110,
        editable: true,
        valueGetter: (p) => p.data?.status,
        valueFormatter: (p) => t(`m.status.${p.value}`),
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...MEASURE_STATUSES] },
      },
      // Held in per cent, so that the editor opens on "60" and Enter on it keeps 60 %, not 0,6 %.
      {
        colId: 'probability',
        headerName: t('m.probability'),
        width: 120,
        type: 'rightAligned',
        editable: true,
        valueGetter: (p) => (p.data ? Math.round(p.data.probability * 1e6) / 1e4 : undefined),
        valueFormatter: (p) => (typeof p.value === 'number' ? formatNumber(p.value / 100, { decimals: 0, percent: true, lang }) : ''),
      },
      { colId: 'fullYear', headerName: t('m.fullYear'), width: 130, type: 'rightAligned', editable: (p) => p.data?.effect.mode !== 'fte', valueGetter: (p) => (p.data ? effectValue(p.data, 'fullYear') : undefined), valueFormatter: num() },
      { colId: 'startYear', headerName: t('m.startYear'), width: 95, type: 'rightAligned', editable: (p) => p.data?.effect.mode !== 'explicit', valueGetter: (p) => (p.data ? effectValue(p.data, 'startYear') : undefined) },
      { colId: 'startMonth', headerName: t('m.startMonth'), width: 100, type: 'rightAligned', editable: (p) => p.data?.effect.mode !== 'explicit', valueGetter: (p) => (p.data ? effectValue(p.data, 'startMonth') : undefined) },
      { colId: 'fte', headerName: t('m.fte'), width: 95, type: 'rightAligned', editable: (p) => p.data?.effect.mode === 'fte', valueGetter: (p) => (p.data ? effectValue(p.data, 'fte') ?? p.data.fteBasis?.fte : undefined), valueFormatter: num(1) },
      { colId: 'costPerFte', headerName: t('m.costPerFte'), width: 120, type: 'rightAligned', editable: (p) => p.data?.effect.mode === 'fte', valueGetter: (p) => (p.data ? effectValue(p.data, 'costPerFte') ?? p.data.fteBasis?.costPerFte : undefined), valueFormatter: num() },
      ...(['low', 'high'] as const).map(
        (bound): ColDef<Measure> => ({
          colId: bound === 'low' ? 'effectLow' : 'effectHigh',
          headerName: t(bound === 'low' ? 'm.effectLow' : 'm.effectHigh'),
          headerTooltip: t(bound === 'low' ? 'm.effectLow.tip' : 'm.effectHigh.tip'),
          width: 105,
          type: 'rightAligned',
          editable: true,
          // In per cent, so that the editor opens on "60" and a bare number reads back as per cent.
          valueGetter: (p) => (p.data ? effectBoundPercent(p.data, bound) : undefined),
          valueFormatter: (p) => formatEffectBound(typeof p.value === 'number' ? p.value : undefined, lang),
        }),
      ),
    ];
  }, [areaName, doc.areas, lang, t]);

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<Measure>) => {
      const m = e.data;
      const bound = RANGE_COLUMNS.get(e.column.getColId());
      if (bound !== undefined) {
        const r = effectRangeEdit(m, bound, e.newValue, lang);
        if (!r.ok) {
          onMessage(t(r.code, r.params), 'error');
          return;
        }
        onMessage(null);
        if (r.patches.length > 0) onPatch(r.patches, t('edit.measure', { name: m.name }));
        return;
      }
      const field = e.column.getColId() as Field;
      let value: unknown = e.newValue;
      if (NUMERIC.has(field)) {
        const parsed = typeof value === 'number' ? { ok: true as const, value, percent: false } : parseNumber(String(value ?? ''));
        if (!parsed.ok || parsed.value === null) {
          onMessage(parsed.ok ? t('m.required') : t(parsed.error.code, parsed.error.params), 'error');
          return;
        }
        // The probability column shows per cent: "60" and "60 %" are both 0.6.
        value = field === 'probability' && !parsed.percent ? parsed.value / 100 : parsed.value;
        if (value === m[field as keyof Measure]) return;
      }
      if (field === 'name' && String(value ?? '').trim() === '') return;
      const path = EFFECT_FIELDS.has(field) ? ['measures', { id: m.id }, 'effect', field] : ['measures', { id: m.id }, field];
      onMessage(null);
      onPatch([{ op: 'set', path, value }], t('edit.measure', { name: m.name }));
    },
    [lang, onMessage, onPatch, t],
  );

  return (
    // A fixed height keeps AG Grid's row virtualisation: thousands of measures render only the visible rows.
    <div className="measures-grid" data-testid="measures-grid" style={{ height: Math.min(360, 34 + 29 * Math.max(1, doc.measures.length)) }}>
      <AgGridReact<Measure>
        theme={gridTheme}
        localeText={localeText}
        // Fifteen columns cost nothing to render; all of them in the page keep every cell reachable by keyboard.
        suppressColumnVirtualisation
        rowData={doc.measures}
        columnDefs={columnDefs}
        getRowId={(p) => p.data.id}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        suppressMovableColumns
        defaultColDef={{ sortable: true, resizable: true, suppressHeaderMenuButton: true }}
      />
    </div>
  );
}
