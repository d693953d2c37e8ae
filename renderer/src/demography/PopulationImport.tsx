// The population import: pick a file, choose region and alternative when the file has several, read the preview,
// import as one undoable edit.
import { useMemo, useState } from 'react';
import { parsePopulation, regionText, type PopulationSelection } from '../../../shared/imports';
import { useI18n } from '../i18n/useI18n';
import { FilePick } from '../imports/FilePick';
import { ImportPreview } from '../imports/ImportPreview';
import type { PickedFile } from '../imports/types';
import type { ViewPanelProps } from '../views/viewPanel';
import { populationPlan } from './populationPlan';

export function PopulationImport({ live, onApply, onMessage }: Pick<ViewPanelProps, 'live' | 'onApply' | 'onMessage'>) {
  const { t, lang } = useI18n();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [selection, setSelection] = useState<PopulationSelection>({});
  const result = useMemo(() => (file ? parsePopulation(file.bytes, selection) : null), [file, selection]);
  const plan = useMemo(() => (result ? populationPlan(live.doc, result, lang) : null), [live.doc, result, lang]);
  const options = result?.options;

  return (
    <>
      <FilePick
        label={t('demographyUi.import.button')}
        accept=".csv,.json,.txt"
        testId="import-population"
        onFile={(f) => {
          setSelection({});
          setFile(f);
        }}
      />
      {file && plan && (
        <ImportPreview
          title={t('demographyUi.import.title')}
          fileName={file.name}
          plan={plan}
          onApply={onApply}
          onMessage={onMessage}
          onClose={() => setFile(null)}
        >
          {options && options.regions.length > 1 && (
            <label>
              {t('demographyUi.import.region')}
              <select
                data-testid="import-region"
                value={selection.region ?? (result?.ok && result.region ? (result.region.code ?? result.region.name) : '')}
                onChange={(e) => setSelection((s) => ({ ...s, region: e.target.value }))}
              >
                <option value="" disabled>…</option>
                {options.regions.map((r) => (
                  <option key={r.code ?? r.name} value={r.code ?? r.name}>{regionText(r)}</option>
                ))}
              </select>
            </label>
          )}
          {options && options.alternatives.length > 1 && (
            <label>
              {t('demographyUi.import.alternative')}
              <select
                data-testid="import-alternative"
                value={selection.alternative ?? (result?.ok && result.alternative ? (result.alternative.code ?? result.alternative.label) : '')}
                onChange={(e) => setSelection((s) => ({ ...s, alternative: e.target.value }))}
              >
                <option value="" disabled>…</option>
                {options.alternatives.map((a) => (
                  <option key={a.code ?? a.label} value={a.code ?? a.label}>{a.label}</option>
                ))}
              </select>
            </label>
          )}
        </ImportPreview>
      )}
    </>
  );
}
