// The aligned lines of 2–4 scenarios: per year each scenario's value, then the difference of each other scenario
// against the first in kroner and per cent. Read-only; sums bold as in the budget documents; a line a scenario
// lacks shows as "–" (absent), never as 0. `reveal(key)` scrolls to a line and highlights it.
import type { CellClassParams, ColDef, ColGroupDef, GridApi, ITooltipParams, RowClassParams, ValueFormatterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { formatDiff, formatValue, translate } from '../../../shared/compare/text';
import { scenarioTag, type CompareResult, type CompareRow } from '../../../shared/compare/types';
import { formatNumber } from '../../../shared/format';
import { gridScrollbarWidth, gridTheme } from '../grid/setup';
import { useI18n } from '../i18n/useI18n';
import { useGridLocaleText } from '../grid/locale';

export interface CompareGridHandle {
  /** Scroll to the line and highlight it; false when the line is not among the rows shown. */
  reveal(key: string): boolean;
}

export interface CompareGridProps {
  result: CompareResult;
  rows: CompareRow[];
  /** Show a heading per view as well as per group (when all views are shown). */
  viewHeadings: boolean;
  ref?: Ref<CompareGridHandle>;
  height?: number;
}

interface GridRow {
  id: string;
  heading?: string;
  row?: CompareRow;
}

// The type's own class (right alignment) is replaced by a cellClass function, so it is named here again.
const yearCell = 'compare-num ag-right-aligned-cell';

export function CompareGrid({ result, rows, viewHeadings, ref, height = 560 }: CompareGridProps) {
  const { t, tCode, lang } = useI18n();
  const localeText = useGridLocaleText();
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  const highlightRef = useRef<string | null>(null);

  const rowData = useMemo<GridRow[]>(() => {
    const out: GridRow[] = [];
    let last = '';
    for (const r of rows) {
      const group = `${r.view}|${r.group}`;
      if (group !== last) {
        const label = translate(lang, r.groupLabel);
        out.push({ id: `__group.${group}`, heading: viewHeadings ? `${tCode(`compare.view.${r.view}`)} · ${label}` : label });
        last = group;
      }
      out.push({ id: r.key, row: r });
    }
    return out;
  }, [rows, viewHeadings, lang, tCode]);

  const columnDefs = useMemo<(ColDef<GridRow> | ColGroupDef<GridRow>)[]>(() => {
    const names = result.scenarios.map((s) => s.name);
    const label: ColDef<GridRow> = {
      colId: 'label',
      headerName: `${t('compare.line')} (${t('compare.unitNote').toLowerCase()})`,
      pinned: 'left',
      width: 360,
      wrapText: true,
      autoHeight: true,
      valueGetter: (p) => (p.data?.heading ?? (p.data?.row ? translate(lang, p.data.row.label) : '')),
      tooltipValueGetter: (p: ITooltipParams<GridRow>) => (p.data?.row ? `${translate(lang, p.data.row.label)} (${p.data.row.key})` : p.data?.heading),
      cellClass: (p: CellClassParams<GridRow>) => (p.data?.heading ? 'label-heading' : `label-cell label-${p.data?.row?.style ?? 'input'}`),
    };
    const groups = result.years.map<ColGroupDef<GridRow>>((year, y) => {
      const children: ColDef<GridRow>[] = names.map((name, i) => ({
        colId: `v${i}_${y}`,
        headerName: `${scenarioTag(i)} ${name}`,
        headerTooltip: name,
        headerClass: `scenario-header scenario-${i}`,
        width: 112,
        type: 'rightAligned',
        valueGetter: (p) => p.data?.row?.cells[i].values[y] ?? null,
        valueFormatter: (p: ValueFormatterParams<GridRow>) => {
          const r = p.data?.row;
          if (!r) return '';
          const cell = r.cells[i];
          if (!cell.present) return '–';
          if (cell.errors[y]) return '#FEIL';
          if (cell.notApplicable?.[y]) return '–';
          return formatValue(cell.values[y], r.display, lang);
        },
        tooltipValueGetter: (p: ITooltipParams<GridRow>) => {
          const cell = p.data?.row?.cells[i];
          if (!cell) return undefined;
          if (!cell.present) return t('compare.absent');
          const err = cell.errors[y];
          const na = cell.notApplicable?.[y];
          return err ? tCode(err.code, err.params) : na ? tCode(na) : undefined;
        },
        cellClass: (p: CellClassParams<GridRow>) => {
          const r = p.data?.row;
          if (!r) return yearCell;
          const cls = [yearCell];
          if (!r.cells[i].present) cls.push('cell-absent');
          if (r.cells[i].errors[y]) cls.push('cell-error');
          if (i > 0 && r.diff[i][y] !== null && r.diff[i][y] !== 0) cls.push('cell-changed');
          return cls.join(' ');
        },
      }));
      for (let i = 1; i < names.length; i++) {
        children.push({
          colId: `d${i}_${y}`,
          headerName: `${t('compare.diff')} ${scenarioTag(i)}−${scenarioTag(0)}`,
          headerTooltip: `${t('compare.diff')}: ${names[i]} − ${names[0]}`,
          headerClass: 'diff-header',
          width: 104,
          type: 'rightAligned',
          valueGetter: (p) => p.data?.row?.diff[i][y] ?? null,
          valueFormatter: (p: ValueFormatterParams<GridRow>) => (p.data?.row ? formatDiff(p.value as number | null, p.data.row.display, lang) : ''),
          cellClass: (p: CellClassParams<GridRow>) => {
            const v = p.value as number | null;
            return v === null || v === undefined || Math.abs(v) < 1e-9 ? `${yearCell} cell-diff` : `${yearCell} cell-diff cell-diff-nonzero`;
          },
        });
        children.push({
          colId: `p${i}_${y}`,
          headerName: `${t('compare.diffShare')} ${scenarioTag(i)}`,
          headerTooltip: `${t('compare.diffShare')}: ${names[i]}`,
          headerClass: 'diff-header',
          width: 84,
          type: 'rightAligned',
          valueGetter: (p) => p.data?.row?.diffShare[i][y] ?? null,
          valueFormatter: (p: ValueFormatterParams<GridRow>) => {
            const v = p.value as number | null;
            if (v === null || v === undefined) return '';
            if (Math.abs(v) < 0.0005) return '0';
            return `${v > 0 ? '+' : ''}${formatNumber(v, { percent: true, decimals: 1, lang })}`;
          },
          cellClass: `${yearCell} cell-diff`,
        });
      }
      return { groupId: `y${year}`, headerName: String(year), headerClass: 'year-header', marryChildren: true, children };
    });
    return [label, ...groups];
  }, [result, t, tCode, lang]);

  const reveal = useCallback((key: string) => {
    const api = apiRef.current;
    const node = api?.getRowNode(key);
    if (!api || !node) return false;
    api.ensureNodeVisible(node, 'middle');
    setHighlight(key);
    api.flashCells({ rowNodes: [node] });
    return true;
  }, []);
  useImperativeHandle(ref, () => ({ reveal }), [reveal]);

  useEffect(() => {
    highlightRef.current = highlight;
    apiRef.current?.redrawRows();
  }, [highlight]);

  return (
    <div className="compare-grid" data-testid="compare-grid" style={{ height }}>
      <AgGridReact<GridRow>
        // AG Grid reads its locale texts once, when made: a language switch makes the grid anew (grid/locale.ts).
        key={lang}
        theme={gridTheme}
        scrollbarWidth={gridScrollbarWidth}
        localeText={localeText}
        rowData={rowData}
        columnDefs={columnDefs}
        getRowId={(p) => p.data.id}
        onGridReady={(e) => (apiRef.current = e.api)}
        getRowClass={(p: RowClassParams<GridRow>) => {
          const d = p.data;
          if (!d) return undefined;
          if (d.heading) return 'row-heading';
          const cls = [`row-${d.row!.style}`];
          if (d.row!.differs) cls.push('row-differs');
          if (highlightRef.current === d.id) cls.push('row-highlight');
          return cls.join(' ');
        }}
        suppressMovableColumns
        suppressColumnVirtualisation
        tooltipShowDelay={300}
        defaultColDef={{ sortable: false, resizable: true, suppressHeaderMenuButton: true, wrapHeaderText: true, autoHeaderHeight: true }}
      />
    </div>
  );
}
