// The preview every import shows before it writes: what will come in, what was skipped and why, the numbers, and
// one button that applies it all as one undoable edit. Options of the import (which alternative, which area …) are
// the children, so the preview recomputes as they change.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { Patch } from '../../../shared/patch/types';
import type { ImportPlan } from './types';
import { Dialog } from '../widgets/Dialog';
import './imports.css';

export interface ImportPreviewProps {
  title: string;
  fileName: string;
  plan: ImportPlan;
  children?: ReactNode;
  /** The workspace's edit: the plan's patches become one undoable step with its label. */
  onApply(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
  /** Closes the preview, after an import or when cancelled. */
  onClose(): void;
}

export function ImportPreview({ title, fileName, plan, children, onApply, onMessage, onClose }: ImportPreviewProps) {
  const { t } = useI18n();
  const apply = () => {
    onApply(plan.patches, plan.label);
    onMessage(t('importUi.done', { label: plan.label }), 'info');
    onClose();
  };
  const table = plan.table;
  return (
    <Dialog testId="import-preview" title={title} subtitle={fileName} onClose={onClose}>
      {children && <div className="import-options">{children}</div>}
      <ul className={plan.ok ? 'import-lines' : 'import-lines failed'} data-testid="import-lines">
        {plan.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {table && table.rows.length > 0 && (
        <div className="import-table-wrap">
          <table className="import-table" data-testid="import-table">
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} className={table.numeric?.[i] ? 'num' : undefined}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r} className={table.flagged?.[r] ? 'flagged' : undefined}>
                  {row.map((cell, i) => (
                    <td key={i} className={table.numeric?.[i] ? 'num' : undefined}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <footer>
        <span className="import-note">{plan.ok ? t('importUi.oneStep') : t('importUi.nothingWritten')}</span>
        {/* The focus starts on the button that fits: Enter imports a file that can be, Escape or Enter cancels one
            that cannot. */}
        <button type="button" data-testid="import-cancel" onClick={onClose} autoFocus={!plan.ok}>
          {t('importUi.cancel')}
        </button>
        <button
          type="button"
          className="import-apply"
          data-testid="import-apply"
          disabled={!plan.ok || plan.patches.length === 0}
          autoFocus={plan.ok}
          onClick={apply}
        >
          {t('importUi.apply')}
        </button>
      </footer>
    </Dialog>
  );
}
