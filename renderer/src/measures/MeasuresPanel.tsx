// Tiltak: the measures table with its toolbar — add, duplicate, remove, move, paste a list, copy to another
// scenario. Each action is one labelled, undoable edit of the scenario (or, for a copy, of the other scenario).
import { useCallback, useState, type ClipboardEvent } from 'react';
import { blankMeasure, duplicateMeasures, insertMeasure, moveMeasure, removeMeasures } from '../../../shared/measures/edits';
import type { Scenario } from '../../../shared/model/scenario';
import type { Patch } from '../../../shared/patch/types';
import { useI18n } from '../i18n/useI18n';
import { NEW_ROW_ID } from './columns';
import { CopyMeasures } from './CopyMeasures';
import { MeasuresGrid } from './MeasuresGrid';
import { PasteMeasures } from './PasteMeasures';
import './measures.css';

export interface MeasuresPanelProps {
  doc: Scenario;
  scenarioId: string;
  onPatch(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
}

type Focus = { id: string; col: string; edit: boolean } | null;

/** Header, rows, the empty row and the horizontal scroll bar: the table grows with its measures up to what the
 *  window leaves it (the sums below scroll into view), and never below a few rows. */
function gridHeight(count: number): string {
  const rows = 32 + 28 * (count + 1) + 20;
  return `max(150px, min(${rows}px, 100vh - 330px))`;
}

export function MeasuresPanel({ doc, scenarioId, onPatch, onMessage }: MeasuresPanelProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string[]>([]);
  const [focus, setFocus] = useState<Focus>(null);
  const [pasting, setPasting] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  const noAreas = doc.areas.length === 0;
  const chosen = doc.measures.filter((m) => selected.includes(m.id));

  /** A new measure in the area of the selected (or last) measure, else the first area. */
  const create = useCallback(
    (name: string) => {
      if (doc.areas.length === 0) {
        onMessage(t('measuresUi.noAreas'), 'error');
        return;
      }
      const near = doc.measures.find((m) => m.id === selected[selected.length - 1]) ?? doc.measures[doc.measures.length - 1];
      const areaId = near && doc.areas.some((a) => a.id === near.areaId) ? near.areaId : doc.areas[0].id;
      const m = blankMeasure(doc, name, areaId);
      onMessage(null);
      onPatch([insertMeasure(doc, m)], t('measuresUi.edit.add', { name }));
      setFocus({ id: m.id, col: 'name', edit: false });
    },
    [doc, onMessage, onPatch, selected, t],
  );

  // The new measure is made when its name is typed, so its id (and its lines' keys) is a slug of that name.
  const addNew = () => setFocus({ id: NEW_ROW_ID, col: 'name', edit: true });

  const needSelection = () => {
    if (chosen.length > 0) return false;
    onMessage(t('measuresUi.selectFirst'), 'error');
    return true;
  };

  const duplicate = () => {
    if (needSelection()) return;
    const { patches, copies } = duplicateMeasures(doc, selected, (name) => t('measuresUi.copyName', { name }));
    const label = copies.length === 1 ? t('measuresUi.edit.duplicate', { name: chosen[0].name }) : t('measuresUi.edit.duplicateN', { count: copies.length });
    onMessage(null);
    onPatch(patches, label);
    setFocus({ id: copies[copies.length - 1].id, col: 'name', edit: false });
  };

  const remove = () => {
    if (needSelection()) return;
    const one = chosen.length === 1;
    const label = one ? t('measuresUi.edit.remove', { name: chosen[0].name }) : t('measuresUi.edit.removeN', { count: chosen.length });
    onPatch(removeMeasures(doc, selected), label);
    onMessage(one ? t('measuresUi.removedOne', { name: chosen[0].name }) : t('measuresUi.removedN', { count: chosen.length }), 'info');
    setSelected([]);
  };

  const move = useCallback(
    (id: string, delta: -1 | 1) => {
      const m = doc.measures.find((x) => x.id === id);
      const patches = moveMeasure(doc, id, delta);
      if (!m || patches.length === 0) return;
      onPatch(patches, t('measuresUi.edit.move', { name: m.name }));
      setFocus({ id, col: 'name', edit: false });
    },
    [doc, onPatch, t],
  );

  const moveSelected = (delta: -1 | 1) => {
    if (needSelection()) return;
    move(chosen[0].id, delta);
  };

  // A block pasted onto the table (not into a cell being edited) opens the paste preview with it.
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('.ag-cell-inline-editing, .ag-popup-editor, input, textarea')) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text.includes('\n') && !text.includes('\t')) return;
    e.preventDefault();
    setPasting(text);
  };

  return (
    <section className="measures-panel" data-testid="measures-panel">
      <div className="measures-toolbar" role="toolbar" aria-label={t('view.tiltak')}>
        <button type="button" className="measures-add" data-testid="measure-add" onClick={addNew} disabled={noAreas}>
          + {t('measuresUi.add')}
        </button>
        <button type="button" data-testid="measure-duplicate" onClick={duplicate} disabled={chosen.length === 0}>
          {t('measuresUi.duplicate')}
        </button>
        <button type="button" data-testid="measure-remove" onClick={remove} disabled={chosen.length === 0}>
          {t('measuresUi.remove')}
        </button>
        <button type="button" data-testid="measure-up" title={t('measuresUi.moveHint')} onClick={() => moveSelected(-1)} disabled={chosen.length !== 1}>
          ↑ {t('measuresUi.moveUp')}
        </button>
        <button type="button" data-testid="measure-down" title={t('measuresUi.moveHint')} onClick={() => moveSelected(1)} disabled={chosen.length !== 1}>
          ↓ {t('measuresUi.moveDown')}
        </button>
        <span className="toolbar-gap" />
        <button type="button" data-testid="measure-paste" onClick={() => setPasting('')} disabled={noAreas}>
          {t('measuresUi.paste')}
        </button>
        <button type="button" data-testid="measure-copy" onClick={() => !needSelection() && setCopying(true)} disabled={chosen.length === 0}>
          {t('measuresUi.copyTo')}
        </button>
        <span className="measures-selected" data-testid="measures-selected">
          {chosen.length > 0 ? t('measuresUi.selected', { count: chosen.length }) : ''}
        </span>
      </div>
      {(noAreas || doc.measures.length === 0) && (
        <p className="measures-hint" data-testid="measures-hint">
          {noAreas ? t('measuresUi.noAreas') : t('measuresUi.empty')}
        </p>
      )}
      {!noAreas && (
        <div onPaste={onPaste}>
          <MeasuresGrid
            doc={doc}
            onPatch={onPatch}
            onMessage={onMessage}
            onSelectionChange={setSelected}
            onCreate={create}
            onMove={move}
            focus={focus}
            onFocused={() => setFocus(null)}
            height={gridHeight(doc.measures.length)}
          />
        </div>
      )}
      {pasting !== null && (
        <PasteMeasures
          doc={doc}
          initialText={pasting}
          onApply={onPatch}
          onMessage={onMessage}
          onClose={() => {
            setPasting(null);
            setFocus({ id: NEW_ROW_ID, col: 'name', edit: false });
          }}
        />
      )}
      {copying && <CopyMeasures doc={doc} scenarioId={scenarioId} ids={chosen.map((m) => m.id)} onMessage={onMessage} onClose={() => setCopying(false)} />}
    </section>
  );
}
