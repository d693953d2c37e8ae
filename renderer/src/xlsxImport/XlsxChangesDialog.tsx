// The preview of a colleague's changes: every changed input (line with its area, year, now → from Excel, in the
// line's unit), each with a tick to take it or leave it, and below, what will not be taken and why.
import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';
import type { LineSource } from '../../../shared/domain/types';
import { formatPair, formatValue, type DisplayFormat } from '../../../shared/format/display';
import type { Patch } from '../../../shared/patch/types';
import { changePatches, type XlsxChange, type XlsxPreview } from '../../../shared/xlsxImport';
import './xlsxImport.css';

export interface XlsxChangesDialogProps {
  fileName: string;
  preview: Extract<XlsxPreview, { ok: true }>;
  doc: unknown;
  sourceOf(key: string): LineSource | undefined;
  firstYear: number;
  onApply(patches: Patch[], label: string): void;
  onClose(): void;
}

export function XlsxChangesDialog({ fileName, preview, doc, sourceOf, firstYear, onApply, onClose }: XlsxChangesDialogProps) {
  const { t, tCode, lang } = useI18n();
  const { changes, refusals } = preview;
  // A cell changed in the app too since the export is left for the user to choose.
  const [taken, setTaken] = useState<boolean[]>(() => changes.map((c) => c.exported === undefined));
  const count = taken.filter(Boolean).length;
  const show = (c: XlsxChange, v: number | null) => (v === null ? t('xlsxImport.blank') : formatValue(v, c.display as DisplayFormat, lang));
  // Old and new alike, with the decimals that tell them apart (shared/format formatPair).
  const pair = (c: XlsxChange) => formatPair(c.old, c.new, c.display as DisplayFormat, lang).map((s) => s || t('xlsxImport.blank'));
  const yearOf = (c: XlsxChange) => (c.yearIndex === 'all' ? t('xlsxImport.allYears') : String(firstYear + c.yearIndex));
  const apply = () => {
    const chosen = changes.filter((_, i) => taken[i]);
    onApply(changePatches(doc, chosen, sourceOf), t('xlsxImport.label', { count: chosen.length, file: fileName }));
    onClose();
  };
  return (
    <Dialog testId="xlsx-import-preview" title={t('xlsxImport.title')} subtitle={fileName} className="xlsx-import" onClose={onClose}>
      <p className="xlsx-summary" data-testid="xlsx-import-summary">
        {t('xlsxImport.summary', { count: changes.length, refused: refusals.length })}
      </p>
      {changes.length > 0 && (
        <div className="import-table-wrap">
          <table className="import-table" data-testid="xlsx-import-changes">
            <thead>
              <tr>
                <th className="take">
                  <input
                    type="checkbox"
                    aria-label={count === changes.length ? t('xlsxImport.selectNone') : t('xlsxImport.selectAll')}
                    title={count === changes.length ? t('xlsxImport.selectNone') : t('xlsxImport.selectAll')}
                    checked={count === changes.length}
                    ref={(el) => {
                      if (el) el.indeterminate = count > 0 && count < changes.length;
                    }}
                    onChange={() => setTaken(changes.map(() => count !== changes.length))}
                  />
                </th>
                <th>{t('xlsxImport.col.line')}</th>
                <th className="num">{t('xlsxImport.col.year')}</th>
                <th className="num">{t('xlsxImport.col.old')}</th>
                <th className="num">{t('xlsxImport.col.new')}</th>
                <th>{t('xlsxImport.col.unit')}</th>
                <th>{t('xlsxImport.col.cell')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c, i) => (
                <tr key={`${c.key}|${c.yearIndex}`} className={c.exported !== undefined ? 'flagged' : undefined} data-testid="xlsx-change" data-key={c.key}>
                  <td className="take">
                    <input
                      type="checkbox"
                      checked={taken[i]}
                      aria-label={t('xlsxImport.take', { label: c.label, year: yearOf(c) })}
                      onChange={(e) => setTaken((prev) => prev.map((v, j) => (j === i ? e.target.checked : v)))}
                    />
                  </td>
                  <td>
                    {c.label}
                    {c.exported !== undefined && <div className="xlsx-note">{t('xlsxImport.changedHere', { value: show(c, c.exported) })}</div>}
                  </td>
                  <td className="num">{yearOf(c)}</td>
                  <td className="num">{pair(c)[0]}</td>
                  <td className="num new">{pair(c)[1]}</td>
                  <td>{c.unit}</td>
                  <td className="cell-ref">
                    {c.sheet}!{c.cell}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {refusals.length > 0 && (
        <section className="xlsx-refused">
          <h4>
            {t('xlsxImport.refusedTitle')} ({refusals.length})
          </h4>
          <ul className="import-lines failed-all" data-testid="xlsx-import-refused">
            {refusals.map((r, i) => (
              <li key={i}>{tCode(r.code, r.params)}</li>
            ))}
          </ul>
        </section>
      )}
      <footer>
        <span className="import-note">{count > 0 ? t('xlsxImport.oneStep') : t('importUi.nothingWritten')}</span>
        <button type="button" data-testid="import-cancel" onClick={onClose} autoFocus={count === 0}>
          {t('importUi.cancel')}
        </button>
        <button type="button" className="import-apply" data-testid="import-apply" disabled={count === 0} autoFocus={count > 0} onClick={apply}>
          {t('xlsxImport.apply', { count })}
        </button>
      </footer>
    </Dialog>
  );
}
