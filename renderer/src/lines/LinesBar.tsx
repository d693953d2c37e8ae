// Above the grid of Rammer, Oversikt and Forutsetninger: "+ Ny linje", and for a selected line of one's own its
// actions — rename (the formulas that read it follow), move up or down in its group, remove (refused while
// formulas read it, saying which). Each action is one undoable step.
import { useState } from 'react';
import { moveLine, removeLine, renameLine, usesText } from '../../../shared/lines';
import type { LiveScenario } from '../../../shared/live/scenario';
import { customLineKey, type View } from '../../../shared/model/customLine';
import type { Patch } from '../../../shared/patch/types';
import type { LineRow } from '../grid/types';
import type { LineName } from '../formula/complete';
import { useI18n } from '../i18n/useI18n';
import { AddLineForm } from './AddLineForm';
import { customLineId, groupRows, lineGroups } from './groups';
import './lines.css';
import type { TagName } from '../formula/lineNames';
import type { TagCall } from '../formula/tags';

export interface LinesBarProps {
  live: LiveScenario;
  view: View;
  rows: readonly LineRow[];
  selectedKey: string | null;
  names: readonly LineName[];
  labelOf(key: string): string | undefined;
  tagOf(call: TagCall): TagName;
  onApply(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
  /** Select a line by key (a new line, or a renamed one under its new key). */
  onSelectKey(key: string): void;
}

export function LinesBar({ live, view, rows, selectedKey, names, labelOf, tagOf, onApply, onMessage, onSelectKey }: LinesBarProps) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const groups = lineGroups(live, rows);
  const row = selectedKey ? rows.find((r) => r.key === selectedKey) : undefined;
  const id = selectedKey ? customLineId(live, selectedKey) : undefined;
  const line = id !== undefined ? live.doc.lines.find((l) => l.id === id) : undefined;

  const rename = (to: string) => {
    if (!line) return;
    const r = renameLine(live.doc, line.id, to, live.engine.keys());
    setRenaming(null);
    if (r === null || to.trim() === line.label) return;
    if (!r.ok) return onMessage(t(r.code, r.params), 'error');
    onApply(r.patches, t('lines.edit.rename', { before: line.label, after: to.trim() }));
    onSelectKey(r.key);
    if (r.rewritten.length > 0) onMessage(t('lines.renamed', { label: to.trim(), key: r.key, uses: usesText(r.rewritten) }), 'info');
  };
  const remove = () => {
    if (!line) return;
    const r = removeLine(live.doc, line.id);
    if (r === null) return;
    if (!r.ok) return onMessage(t('lines.usedBy', { label: line.label, uses: usesText(r.uses) }), 'error');
    onApply(r.patches, t('lines.edit.remove', { label: line.label }));
    onMessage(null);
  };
  const move = (by: -1 | 1) => {
    if (!line) return;
    const patches = moveLine(live.doc, groupRows(live, rows, row?.group), line.id, by);
    if (patches === null) return onMessage(t('lines.cannotMove'), 'error');
    if (patches.length > 0) onApply(patches, t('lines.edit.move', { label: line.label }));
  };

  return (
    <div className="lines-bar" data-testid="lines-bar">
      <div className="lines-actions">
        <button type="button" data-testid="add-line" title={t('lines.addTitle')} disabled={groups.length === 0} onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          {t('lines.add')}
        </button>
        {line && (
          <>
            <span className="lines-selected" data-testid="line-selected" title={customLineKey(line)}>
              {t('lines.selected', { label: line.label })}
            </span>
            {renaming !== null ? (
              <form
                className="lines-rename"
                onSubmit={(e) => {
                  e.preventDefault();
                  rename(renaming);
                }}
              >
                <input
                  aria-label={t('lines.renameTo')}
                  data-testid="line-rename-input"
                  value={renaming}
                  autoFocus
                  maxLength={200}
                  onChange={(e) => setRenaming(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                />
                <button type="submit" data-testid="line-rename-apply">
                  {t('lines.renameApply')}
                </button>
              </form>
            ) : (
              <button type="button" data-testid="line-rename" onClick={() => setRenaming(line.label)}>
                {t('lines.rename')}
              </button>
            )}
            <button type="button" data-testid="line-up" onClick={() => move(-1)}>
              {t('lines.up')}
            </button>
            <button type="button" data-testid="line-down" onClick={() => move(1)}>
              {t('lines.down')}
            </button>
            <button type="button" data-testid="line-remove" onClick={remove}>
              {t('lines.remove')}
            </button>
          </>
        )}
      </div>
      {adding && (
        <AddLineForm
          live={live}
          view={view}
          groups={groups}
          selected={selectedKey ? { key: selectedKey, group: row?.group } : null}
          names={names}
          labelOf={labelOf}
          tagOf={tagOf}
          onApply={onApply}
          onAdded={onSelectKey}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
