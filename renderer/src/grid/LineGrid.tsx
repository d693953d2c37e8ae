// A grid of lines × plan years. The engine owns the data: the grid reads values through getters, edits go out as
// cell batches (a year column's valueSetter, which AG Grid calls inside the keydown that ends the edit; its
// readOnlyEdit event would come in a later task, after a frame). The rows an edit changed are refreshed in the same
// task as the edit (watchValues), so the next frame shows the dependent totals; a `version` bump afterwards compares
// every rendered cell.
import type {
  CellClassParams,
  CellFocusedEvent,
  CellKeyDownEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridSizeChangedEvent,
  IRowNode,
  ITooltipParams,
  RowClassParams,
  ValueFormatterParams,
  ValueGetterParams,
  ValueSetterParams,
} from 'ag-grid-community';
import { createGrid } from 'ag-grid-community';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { readInput, toTsv } from '../../../shared/format';
import { blockErrorMessages } from '../../../shared/format/numberBlock';
import { useI18n } from '../i18n/useI18n';
import { cellText } from './cellText';
import { planPaste, type CellEdit } from './paste';
import { bounds, inRange, type CellRange } from './range';
import { gridScrollbarWidth, gridTheme } from './setup';
import type { LineRow, LineSource } from './types';
import { useGridLocaleText } from './locale';

/** Rows drawn beyond those in view, so that a slow scroll finds them ready (AG Grid's default). */
const ROW_BUFFER = 10;

export interface LineGridProps {
  gridId: string;
  rows: LineRow[];
  source: LineSource;
  /** Bump after every recompute; the grid then compares every rendered cell and redraws those that changed. */
  version: number;
  /** Subscribes to the lines each change moved, told before React renders; returns the unsubscribe. */
  watchValues?(fn: (changed: readonly string[]) => void): () => void;
  onEdit(cells: CellEdit[], kind: 'type' | 'paste'): void;
  onSelect?(key: string | null, yearIndex: number | null): void;
  onMessage(text: string | null): void;
  height?: number | string;
  /** A line to scroll to and put the focus on once its row is drawn (a line just added or renamed); a new object
   *  asks again for the same key. */
  reveal?: { key: string } | null;
}

const YEAR_FIELD = /^y(\d+)$/;
// Options AG Grid compares by identity: a new object on each render rebuilt every column.
const DEFAULT_COL_DEF: ColDef<LineRow> = { sortable: false, resizable: true, suppressHeaderMenuButton: true, enableCellChangeFlash: true };
const rowIdOf = (p: GetRowIdParams<LineRow>) => p.data.key;
const rowClassOf = (p: RowClassParams<LineRow>) => `row-${p.data?.style ?? 'input'}`;

/** The label column's width for a grid this wide: a third of it, within 200–380 px. (AG Grid does not flex a
 *  pinned column, and the label stays pinned so it stays in view when many years scroll.) */
export function labelWidth(gridWidth: number): number {
  return Math.round(Math.min(380, Math.max(200, gridWidth / 3)));
}

function yearIndexOf(colId: string | undefined): number | null {
  const m = colId ? YEAR_FIELD.exec(colId) : null;
  return m ? Number(m[1]) : null;
}

/** Memoised: the workspace re-renders for its save state and selection; the grid only when its props change. */
export const LineGrid = memo(function LineGrid({ gridId, rows, source, version, watchValues, onEdit, onSelect, onMessage, height = '100%', reveal = null }: LineGridProps) {
  const { t, lang } = useI18n();
  const localeText = useGridLocaleText();
  const apiRef = useRef<GridApi<LineRow> | null>(null);
  const rangeRef = useRef<CellRange | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  /** The label column's width, set on the column when the grid's size changes (new column definitions would
   *  rebuild every column). */
  const labelW = useRef(320);

  /** A typed value (or a cleared cell: null) for line `row` in year `yearIndex`. */
  const commit = (row: LineRow, yearIndex: number, newValue: unknown) => {
    const text = newValue == null ? '' : String(newValue);
    // Read in the line's unit: "12,0 mill." in a 1000 kr line is 12 000; "0,6 %" there is refused; a bare number
    // in a line shown in per cent is percentage points ("1,75" is 1,75 %), as pasted (readInput).
    const parsed = readInput(text, { unit: row.unit, percent: row.percent }, lang);
    if (!parsed.ok) {
      onMessage(t(parsed.error.code, parsed.error.params));
      return;
    }
    onMessage(null);
    onEdit([{ key: row.key, yearIndex, value: parsed.value ?? Number.NaN, read: parsed.read }], 'type');
  };
  // The columns keep one valueSetter; it calls the latest props.
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  const columnDefs = useMemo<ColDef<LineRow>[]>(() => {
    const label: ColDef<LineRow> = {
      colId: 'label',
      headerName: t('grid.amountsIn'),
      field: 'label',
      pinned: 'left',
      // A third of the grid (see labelWidth), so five years fit beside the Forklar panel at 1366 px; a label cut
      // short shows in full on hover.
      width: labelW.current,
      editable: false,
      cellClass: (p: CellClassParams<LineRow>) => `label-cell label-${p.data?.style ?? 'input'}`,
      tooltipValueGetter: (p: ITooltipParams<LineRow>) => p.data?.label,
    };
    const years = source.years.map<ColDef<LineRow>>((year, i) => ({
      colId: `y${i}`,
      headerName: String(year),
      flex: 1,
      minWidth: 88,
      type: 'rightAligned',
      editable: (p) => !!p.data?.editable,
      // Blank is null, not NaN: NaN never equals itself, so AG Grid would flash every blank cell on each refresh.
      valueGetter: (p: ValueGetterParams<LineRow>) => {
        const v = p.data ? source.value(p.data.key, i) : Number.NaN;
        return Number.isNaN(v) ? null : v;
      },
      valueFormatter: (p: ValueFormatterParams<LineRow>) => (p.data ? cellText(p.data, p.value as number | null, i, source, t, lang) : ''),
      valueParser: (p) => p.newValue,
      // The edit goes to the engine; the grid's row data is not written (false: nothing for the grid to refresh).
      valueSetter: (p: ValueSetterParams<LineRow>) => {
        if (p.data) commitRef.current(p.data, i, p.newValue);
        return false;
      },
      tooltipValueGetter: (p: ITooltipParams<LineRow>) => (p.data ? (source.error(p.data.key, i) ?? source.notApplicable?.(p.data.key, i)) : undefined),
      cellClassRules: {
        'cell-input': (p: CellClassParams<LineRow>) => !!p.data?.editable,
        'cell-computed': (p: CellClassParams<LineRow>) => !p.data?.editable,
        'cell-error': (p: CellClassParams<LineRow>) => !!p.data && !!source.error(p.data.key, i),
        'cell-negative': (p: CellClassParams<LineRow>) => typeof p.value === 'number' && p.value < 0,
        'cell-gap': (p: CellClassParams<LineRow>) => p.data?.highlight === 'gap' && typeof p.value === 'number' && p.value > 0.5,
        'cell-gap-closed': (p: CellClassParams<LineRow>) => p.data?.highlight === 'gap' && typeof p.value === 'number' && p.value <= 0.5,
        'cell-flag': (p: CellClassParams<LineRow>) => p.data?.highlight === 'flag' && typeof p.value === 'number' && p.value >= 0.5,
        'cell-in-range': (p: CellClassParams<LineRow>) => inRange(rangeRef.current, p.node.rowIndex ?? -1, i),
      },
    }));
    return [label, ...years];
  }, [source, t, lang]);

  // An edit's lines at once, in the edit's own task (the grid is not re-rendered for it).
  useEffect(
    () =>
      watchValues?.((changed) => {
        const api = apiRef.current;
        if (!api || api.isDestroyed()) return;
        const rowNodes = changed.flatMap((key) => api.getRowNode(key) ?? []);
        if (rowNodes.length > 0) api.refreshCells({ rowNodes });
      }),
    [watchValues],
  );
  // Then, after the paint, every rendered cell compared (a cell can show differently without its line's value
  // changing: a blank that a typed input makes 0).
  useEffect(() => {
    apiRef.current?.refreshCells();
  }, [version]);
  // The selection lives in a ref (class rules and key handlers read it); a change redraws the rows of the selection
  // before and after, at once and without a React render (no flash: that is for values).
  const selectRange = useCallback((next: CellRange | null) => {
    const before = rangeRef.current;
    rangeRef.current = next;
    const api = apiRef.current;
    if (!api) return;
    const rowNodes = new Set<IRowNode<LineRow>>();
    for (const r of [before, next]) {
      if (!r) continue;
      const b = bounds(r);
      for (let row = b.top; row <= b.bottom; row++) {
        const node = api.getDisplayedRowAtIndex(row);
        if (node) rowNodes.add(node);
      }
    }
    if (rowNodes.size > 0) api.refreshCells({ rowNodes: [...rowNodes], force: true, suppressFlash: true });
  }, []);

  const onGridSizeChanged = useCallback((e: GridSizeChangedEvent<LineRow>) => {
    const width = labelWidth(e.clientWidth);
    // Within a pixel of the width the grid was made with (measured on its container, outside its border): kept.
    if (Math.abs(width - labelW.current) <= 1) return;
    labelW.current = width;
    e.api.setColumnWidths([{ key: 'label', newWidth: width }]);
  }, []);

  const rowAt = (row: number) => apiRef.current?.getDisplayedRowAtIndex(row)?.data;

  // A line to reveal waits until the grid has its row: the rows come with the edit that made the line.
  const pendingReveal = useRef<{ key: string } | null>(null);
  const tryReveal = useCallback(() => {
    const api = apiRef.current;
    const want = pendingReveal.current;
    const node = want && api ? api.getRowNode(want.key) : undefined;
    if (!api || !node || node.rowIndex == null) return;
    pendingReveal.current = null;
    api.ensureNodeVisible(node);
    api.ensureColumnVisible('y0');
    api.setFocusedCell(node.rowIndex, 'y0');
  }, []);
  useEffect(() => {
    pendingReveal.current = reveal;
    tryReveal();
  }, [reveal, tryReveal]);

  // Shift+click stretches the selection from its anchor (the focus follows the mouse at once). Shift+arrow is
  // handled before AG Grid sees it: the grid's focus stays at the anchor's corner and the selection grows.
  const shiftRef = useRef(false);
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const onMouseDown = (e: MouseEvent) => (shiftRef.current = e.shiftKey);
    // Spreadsheet keys: Home / End to the row's first / last cell, Ctrl+Home / Ctrl+End to the grid's first / last
    // cell (AG Grid 36 has neither). A row out of view is drawn a frame after ensureIndexVisible scrolls to it;
    // focusing it before that loses the page's focus, so the cell is focused once it is in the page.
    const focusWhenDrawn = (row: number, col: string, frames = 30) => {
      const api = apiRef.current;
      if (!api) return;
      if (el.querySelector(`.ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`)) api.setFocusedCell(row, col);
      else if (frames > 0) requestAnimationFrame(() => focusWhenDrawn(row, col, frames - 1));
    };
    const jumpHomeEnd = (e: KeyboardEvent): boolean => {
      const api = apiRef.current;
      const focused = api?.getFocusedCell();
      const ctrl = e.ctrlKey || e.metaKey;
      if ((e.key !== 'Home' && e.key !== 'End') || e.shiftKey || e.altKey || !api || !focused || api.getEditingCells().length > 0) return false;
      const col = e.key === 'End' ? `y${source.years.length - 1}` : 'label';
      const row = !ctrl ? focused.rowIndex : e.key === 'End' ? api.getDisplayedRowCount() - 1 : 0;
      e.preventDefault();
      e.stopPropagation();
      api.ensureIndexVisible(row);
      api.ensureColumnVisible(col);
      focusWhenDrawn(row, col);
      return true;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (jumpHomeEnd(e)) return;
      const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
      const r = rangeRef.current;
      const api = apiRef.current;
      if (!e.shiftKey || !step || !r || !api || api.getEditingCells().length > 0) return;
      e.preventDefault();
      e.stopPropagation();
      const row = Math.min(api.getDisplayedRowCount() - 1, Math.max(0, r.focus.row + step[0]));
      const col = Math.min(source.years.length - 1, Math.max(0, r.focus.col + step[1]));
      selectRange({ anchor: r.anchor, focus: { row, col } });
    };
    // The Enter that ended an edit (its editor is gone by the time it bubbles here, after AG Grid's handler, which
    // skips events already prevented) has no default left to do; prevented, it is followed by no keypress, for which
    // the browser would lay out the page again before the frame that shows the edit's totals.
    const onEditEnd = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === 'Enter' && target?.tagName === 'INPUT' && !target.isConnected) e.preventDefault();
    };
    el.addEventListener('mousedown', onMouseDown, true);
    el.addEventListener('keydown', onKeyDown, true);
    el.addEventListener('keydown', onEditEnd);
    return () => {
      el.removeEventListener('mousedown', onMouseDown, true);
      el.removeEventListener('keydown', onKeyDown, true);
      el.removeEventListener('keydown', onEditEnd);
    };
  }, [selectRange, source.years.length]);

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<LineRow>) => {
      const colId = typeof e.column === 'string' ? e.column : e.column?.getColId();
      const col = yearIndexOf(colId ?? undefined);
      const row = e.rowIndex;
      if (row == null) return;
      const data = rowAt(row);
      onSelect?.(data?.key ?? null, col);
      if (col === null) return;
      const prev = rangeRef.current;
      selectRange(shiftRef.current && prev ? { anchor: prev.anchor, focus: { row, col } } : { anchor: { row, col }, focus: { row, col } });
    },
    [onSelect, selectRange],
  );

  const copySelection = useCallback(() => {
    const r = rangeRef.current;
    if (!r) return;
    const b = bounds(r);
    const out: (number | null)[][] = [];
    for (let row = b.top; row <= b.bottom; row++) {
      const data = rowAt(row);
      const line: (number | null)[] = [];
      for (let col = b.left; col <= b.right; col++) {
        const v = data ? source.value(data.key, col) : Number.NaN;
        line.push(Number.isFinite(v) ? v : null);
      }
      out.push(line);
    }
    void navigator.clipboard?.writeText(toTsv(out)).catch(() => undefined);
  }, [source]);

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<LineRow>) => {
      const ev = e.event as KeyboardEvent | undefined;
      if (ev && (ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'c') copySelection();
    },
    [copySelection],
  );

  // Paste: Community has no clipboard module, so read text/plain from the paste event on the grid's container.
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const onPaste = (ev: ClipboardEvent) => {
      const api = apiRef.current;
      const r = rangeRef.current;
      if (!api || !r || api.getEditingCells().length > 0) return;
      ev.preventDefault();
      const text = ev.clipboardData?.getData('text/plain') ?? '';
      const res = planPaste(text, r, {
        rowKey: (row) => rowAt(row)?.key,
        editable: (row) => !!rowAt(row)?.editable,
        rowCount: api.getDisplayedRowCount(),
        colCount: source.years.length,
        unitOf: (row) => rowAt(row)?.unit,
        percentOf: (row) => rowAt(row)?.percent,
      });
      if (!res.ok) {
        if (res.reason === 'parse') onMessage(blockErrorMessages(lang, res.errors).join(' '));
        else onMessage(t(res.reason === 'readonly' ? 'grid.pasteReadonly' : 'grid.pasteOutside'));
        return;
      }
      onMessage(null);
      onEdit(res.cells, 'paste');
      selectRange({ anchor: { row: res.area.top, col: res.area.left }, focus: { row: res.area.bottom, col: res.area.right } });
    };
    el.addEventListener('paste', onPaste);
    return () => el.removeEventListener('paste', onPaste);
  }, [onEdit, onMessage, selectRange, source.years.length, t, lang]);

  // The grid itself: AG Grid's own DOM (createGrid), not its React wrapper, whose rows and cells are React
  // components — rendering those took most of a page load's first grid. Made in a layout effect, so it is drawn in
  // the frame that shows the workspace; its options change through the API, and its handlers call the latest
  // callbacks. AG Grid reads its locale texts once, when made: a language switch makes the grid anew
  // (grid/locale.ts).
  const gridEl = useRef<HTMLDivElement>(null);
  const latest = useRef({ rows, columnDefs, localeText, onCellFocused, onCellKeyDown, onGridSizeChanged, tryReveal });
  useLayoutEffect(() => {
    latest.current = { rows, columnDefs, localeText, onCellFocused, onCellKeyDown, onGridSizeChanged, tryReveal };
  });
  const made = useRef({ rows, columnDefs });
  useLayoutEffect(() => {
    const first = latest.current;
    made.current = { rows: first.rows, columnDefs: first.columnDefs };
    // The label column made at its width for this grid's width: set after the grid's first size event, it was a
    // second pass over every column and cell of a grid just drawn.
    labelW.current = labelWidth(gridEl.current!.clientWidth);
    const columnDefs = first.columnDefs.map((c) => (c.colId === 'label' ? { ...c, width: labelW.current } : c));
    const api = createGrid<LineRow>(gridEl.current!, {
      theme: gridTheme,
      scrollbarWidth: gridScrollbarWidth,
      localeText: first.localeText,
      rowData: first.rows,
      columnDefs,
      getRowId: rowIdOf,
      // No row animation: AG Grid keeps a removed row in the page while it fades out, and one grid shows every view,
      // so a view opened again within that time showed its rows twice, the fading ones with the numbers they had
      // before (e2e/buildFromNothing: a line's old and new value side by side after a change in Forutsetninger).
      animateRows: false,
      onCellFocused: (e) => latest.current.onCellFocused(e),
      onCellKeyDown: (e) => latest.current.onCellKeyDown(e as CellKeyDownEvent<LineRow>),
      onRowDataUpdated: () => latest.current.tryReveal(),
      onGridSizeChanged: (e) => latest.current.onGridSizeChanged(e),
      getRowClass: rowClassOf,
      suppressMovableColumns: true,
      stopEditingWhenCellsLoseFocus: true,
      enterNavigatesVerticallyAfterEdit: true,
      tooltipShowDelay: 300,
      defaultColDef: DEFAULT_COL_DEF,
      // Only the rows in view when made: AG Grid's buffer of 10 rows beyond them was a third of the first grid's
      // cells (29 rows drawn of Oversikt's 18 in view). The buffer comes once the browser is idle.
      rowBuffer: 0,
    });
    apiRef.current = api;
    first.tryReveal();
    const buffer = requestIdleCallback(() => api.setGridOption('rowBuffer', ROW_BUFFER), { timeout: 1000 });
    return () => {
      cancelIdleCallback(buffer);
      apiRef.current = null;
      api.destroy();
    };
  }, [lang]);
  // Rows and columns after the first: AG Grid keeps its rows by id (getRowId) and updates what changed. Another
  // view's rows start at its top, not where the last view was scrolled to (one grid shows every view).
  const shownView = useRef(gridId);
  useLayoutEffect(() => {
    const api = apiRef.current;
    const was = made.current;
    if (!api || (was.rows === rows && was.columnDefs === columnDefs)) return;
    made.current = { rows, columnDefs };
    const otherView = shownView.current !== gridId;
    // The selection is by row index: in another view those are other lines, which a paste would write to.
    if (otherView) selectRange(null);
    api.updateGridOptions({ ...(was.columnDefs !== columnDefs && { columnDefs }), ...(was.rows !== rows && { rowData: rows }) });
    if (otherView) {
      shownView.current = gridId;
      if (rows.length > 0) api.ensureIndexVisible(0, 'top');
    }
  }, [rows, columnDefs, gridId, selectRange]);

  return (
    <div ref={wrapper} className="line-grid" data-testid={`grid-${gridId}`} style={{ height }}>
      <div ref={gridEl} style={{ height: '100%' }} />
    </div>
  );
});
