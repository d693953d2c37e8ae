// The measures table: one row per measure, every field edited in place, and an empty last row to type a new
// measure's name into. Rows are selected by click (Ctrl/Shift+click for more) for the toolbar's actions; Alt+arrow
// up/down moves the focused measure. Every change goes out as patches (cellEdit.ts), never into the grid's data.
import type { CellEditRequestEvent, CellKeyDownEvent, GridApi, RowClassParams, RowSelectionOptions } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Measure } from '../../../shared/model/measure';
import type { Scenario } from '../../../shared/model/scenario';
import type { Patch } from '../../../shared/patch/types';
import { useI18n } from '../i18n/useI18n';
import { gridScrollbarWidth, gridTheme } from '../grid/setup';
import { useGridLocaleText } from '../grid/locale';
import { measureCellEdit } from './cellEdit';
import { measureColumns, NEW_ROW_ID } from './columns';

export interface MeasuresGridProps {
  doc: Scenario;
  onPatch(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
  onSelectionChange(ids: string[]): void;
  /** A name typed into the empty last row. */
  onCreate(name: string): void;
  onMove(id: string, delta: -1 | 1): void;
  /** Put the focus on this measure's cell (and open its editor) once its row is there; then call `onFocused`. */
  focus: { id: string; col: string; edit: boolean } | null;
  onFocused(): void;
  /** The grid's height in pixels: the table takes the room it is given. */
  height: number | string;
}

const ROW_SELECTION: RowSelectionOptions = { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true };

export function MeasuresGrid({ doc, onPatch, onMessage, onSelectionChange, onCreate, onMove, focus, onFocused, height }: MeasuresGridProps) {
  const { t, tCode, lang } = useI18n();
  const localeText = useGridLocaleText();
  const api = useRef<GridApi<Measure> | null>(null);
  const columnDefs = useMemo(() => measureColumns(doc, tCode, lang), [doc, tCode, lang]);
  // The area column shows "P07 Rus og psykisk helse" from the areas of the column definitions: when an area comes
  // back (undo of its removal), is renamed or gets a new code, rows drawn before the new definitions took effect
  // would keep showing its id or old name.
  const areasShown = doc.areas.map((a) => `${a.id}\t${a.code}\t${a.name}`).join('\n');
  useEffect(() => api.current?.refreshCells({ columns: ['areaId'], force: true }), [areasShown]);
  // The empty row's data: a placeholder measure that is never saved (its cells render blank).
  const newRow = useMemo(() => [{ id: NEW_ROW_ID, name: '' } as Measure], []);

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<Measure>) => {
      const col = e.column.getColId();
      if (e.rowPinned === 'bottom') {
        const name = String(e.newValue ?? '').trim();
        if (col === 'name' && name !== '') onCreate(name);
        return;
      }
      const m = e.data;
      const r = measureCellEdit(doc, m, col, e.newValue, lang);
      if (!r.ok) {
        onMessage(tCode(r.code, r.params), 'error');
        return;
      }
      onMessage(null);
      // A value read from text that named its unit says how it was read: "1,5 mill. → 1 500".
      const field = e.column.getColDef().headerName ?? col;
      if (r.patches.length > 0) onPatch(r.patches, r.read ? t('edit.measureRead', { name: m.name, field, text: r.read.text, value: r.read.value }) : t('edit.measure', { name: m.name }));
    },
    [doc, lang, onCreate, onMessage, onPatch, t, tCode],
  );

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<Measure>) => {
      const k = e.event as KeyboardEvent | null;
      if (!k || !k.altKey || (k.key !== 'ArrowUp' && k.key !== 'ArrowDown') || e.rowPinned || !e.data) return;
      k.preventDefault();
      onMove(e.data.id, k.key === 'ArrowUp' ? -1 : 1);
    },
    [onMove],
  );

  // Focus a row the panel asked for (a new, duplicated or moved measure) once the grid has it.
  const applyFocus = useCallback(() => {
    const g = api.current;
    if (!g || !focus) return;
    if (focus.id === NEW_ROW_ID) {
      g.setFocusedCell(0, focus.col, 'bottom');
      if (focus.edit) g.startEditingCell({ rowIndex: 0, colKey: focus.col, rowPinned: 'bottom' });
      onFocused();
      return;
    }
    const node = g.getRowNode(focus.id);
    if (!node || node.rowIndex === null) return;
    g.ensureNodeVisible(node);
    g.deselectAll();
    node.setSelected(true);
    g.setFocusedCell(node.rowIndex, focus.col);
    if (focus.edit) g.startEditingCell({ rowIndex: node.rowIndex, colKey: focus.col });
    onFocused();
  }, [focus, onFocused]);
  useEffect(() => applyFocus(), [applyFocus, doc]);

  return (
    <div className="measures-grid" data-testid="measures-grid" style={{ height }}>
      <AgGridReact<Measure>
        // AG Grid reads its locale texts once, when made: a language switch makes the grid anew (grid/locale.ts).
        key={lang}
        theme={gridTheme}
        scrollbarWidth={gridScrollbarWidth}
        localeText={localeText}
        // Sixteen columns cost nothing to render; all of them in the page keep every cell reachable by keyboard.
        suppressColumnVirtualisation
        rowData={doc.measures}
        pinnedBottomRowData={newRow}
        columnDefs={columnDefs}
        getRowId={(p) => (p.rowPinned ? NEW_ROW_ID : p.data.id)}
        getRowClass={(p: RowClassParams<Measure>) => (p.node.rowPinned ? 'measure-new-row' : p.data?.status === 'forkastet' ? 'measure-rejected' : undefined)}
        rowSelection={ROW_SELECTION}
        onSelectionChanged={(e) => onSelectionChange(e.api.getSelectedRows().map((m) => m.id))}
        onGridReady={(e) => {
          api.current = e.api;
          applyFocus();
        }}
        onRowDataUpdated={applyFocus}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellKeyDown={onCellKeyDown}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        suppressMovableColumns
        tooltipShowDelay={300}
        // The panel's hint says what to do when there are no measures; the empty row is there to type into.
        suppressNoRowsOverlay
        // The order is the user's (move up/down), so the columns do not sort.
        defaultColDef={{ sortable: false, resizable: true, suppressHeaderMenuButton: true }}
      />
    </div>
  );
}
