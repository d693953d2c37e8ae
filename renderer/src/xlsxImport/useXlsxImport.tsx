// "Importer endringer fra Excel": pick the workbook a colleague sent back, let the back end read it (where exceljs
// loads), compare it with the scenario on screen (shared/xlsxImport) and show the preview; the accepted changes
// become one undoable edit of the workspace.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { specLabel } from '../formula/lineNames';
import { areaCodeOfLine, labelWithArea } from '../../../shared/domain/lineArea';
import type { DomainLineMeta } from '../../../shared/domain/types';
import type { LineSpec } from '../../../shared/engine/types';
import { formatValue, type DisplayFormat } from '../../../shared/format/display';
import { readInput } from '../../../shared/format/readInput';
import type { LiveScenario } from '../../../shared/live/scenario';
import type { Patch } from '../../../shared/patch/types';
import { MAX_XLSX_BYTES, previewChanges, type PreviewScenario, type XlsxPreview } from '../../../shared/xlsxImport';
import { XlsxChangesDialog } from './XlsxChangesDialog';

export interface XlsxImportProps {
  live: LiveScenario | null;
  edit(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
}

const metaOf = (spec: LineSpec) => (spec.meta ?? {}) as Partial<DomainLineMeta>;

/** Bytes as base64, in slices (a spread of megabytes into String.fromCharCode would overflow the stack). */
function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function useXlsxImport({ live, edit, onMessage }: XlsxImportProps): { pick(): void; element: ReactNode } {
  const api = useApi();
  const { t, tCode, lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState<{ fileName: string; preview: Extract<XlsxPreview, { ok: true }> } | null>(null);

  // A picked file: its name, its size and its bytes as base64 (read only when the size is within the limit).
  const read = useCallback(
    async (file: { name: string; size: number; content(): Promise<string> }) => {
      if (!live) return;
      const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
      if (file.size > MAX_XLSX_BYTES) {
        onMessage(t('xlsxImport.tooLarge', { file: file.name, size: mb(file.size), limit: mb(MAX_XLSX_BYTES) }), 'error');
        return;
      }
      onMessage(t('xlsxImport.reading', { file: file.name }), 'info');
      try {
        const content = await file.content();
        const workbook = await api.call('xlsx.readChanges', { fileName: file.name, content, lang });
        const scenario: PreviewScenario = {
          id: live.doc.id,
          name: live.doc.name,
          firstYear: live.firstYear,
          years: live.years.length,
          line: (key) => {
            const spec = live.spec(key);
            if (!spec) return undefined;
            const meta = metaOf(spec);
            const label = labelWithArea(specLabel(spec, tCode), areaCodeOfLine(live.doc.areas, meta));
            return { key, label, unit: spec.unit ?? '', display: meta.display ?? 'amount', source: meta.source, input: spec.input };
          },
        };
        const preview = previewChanges(workbook, scenario, {
          // Text in a cell is read as typed into the line ("12,0 mill.", a rate's "1,75"), by readInput.
          readText: (text, unit, display) => {
            const r = readInput(text, { unit, percent: display === 'percent' });
            return r.ok ? { ok: true, value: r.value } : { ok: false };
          },
          show: (v, display) => formatValue(v, display as DisplayFormat, lang),
        });
        if (!preview.ok) {
          onMessage(tCode(preview.error.code, preview.error.params), 'error');
          return;
        }
        onMessage(null);
        setShown({ fileName: file.name, preview });
      } catch (err) {
        onMessage(errorText(err, tCode), 'error');
      }
    },
    [api, lang, live, onMessage, t, tCode],
  );

  const element = (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="xlsx-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file may be picked again
          if (file) void read({ name: file.name, size: file.size, content: async () => base64(new Uint8Array(await file.arrayBuffer())) });
        }}
      />
      {shown && live && (
        <XlsxChangesDialog
          fileName={shown.fileName}
          preview={shown.preview}
          doc={live.doc}
          sourceOf={(key) => {
            const spec = live.spec(key);
            return spec && metaOf(spec).source;
          }}
          firstYear={live.firstYear}
          onApply={(patches, label) => {
            edit(patches, label);
            onMessage(t('importUi.done', { label }), 'info');
          }}
          onClose={() => setShown(null)}
        />
      )}
    </>
  );
  // The desktop app picks the file in a native dialog (electron/main.ts) and hands over its bytes.
  useEffect(
    () =>
      window.handlingsrom?.onCommand((command, arg) => {
        if (command !== 'xlsxFile') return;
        const { fileName, size, content } = arg as { fileName: string; size: number; content: string | null };
        void read({ name: fileName, size, content: async () => content ?? '' });
      }),
    [read],
  );
  const pick = () => (window.handlingsrom ? void window.handlingsrom.shellCommand('scenario.importXlsx') : input.current?.click());
  return { pick, element };
}
