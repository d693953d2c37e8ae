// "Importer KOSTRA-tall (CSV)": pick a file, choose the peer column, the name, the unit and the year, read the
// preview (services, potential per service, skipped lines, what it replaces), import as one undoable edit.
import { useMemo, useState } from 'react';
import { KOSTRA_COST_UNITS, type KostraCostUnit } from '../../../shared/model/kostra';
import { useI18n } from '../i18n/useI18n';
import { FilePick } from '../imports/FilePick';
import { NumberInput, readNumberField } from '../widgets/NumberInput';
import { ImportPreview } from '../imports/ImportPreview';
import type { PickedFile } from '../imports/types';
import type { ViewPanelProps } from '../views/viewPanel';
import { defaultChoices, peerGroupName, planKostraImport, readKostraFile, type KostraChoices } from './importPlan';

const YEAR_FIELD = { unit: 'år', field: true } as const;

export function KostraImport({ live, onApply, onMessage }: Pick<ViewPanelProps, 'live' | 'onApply' | 'onMessage'>) {
  const { t, lang } = useI18n();
  const [pending, setPending] = useState<{ file: PickedFile; choices: KostraChoices; peerOptions: string[] } | null>(null);
  // The year as typed, so that a half-typed year does not jump back.
  const [yearText, setYearText] = useState('');
  const result = useMemo(() => (pending ? readKostraFile(pending.file, pending.choices.peer) : null), [pending]);
  const plan = useMemo(
    () => (pending && result ? planKostraImport(live.doc, result, pending.choices, pending.file.name, lang) : null),
    [live.doc, pending, result, lang],
  );
  const choose = (change: Partial<KostraChoices>) => setPending((p) => (p ? { ...p, choices: { ...p.choices, ...change } } : p));

  return (
    <>
      <FilePick
        label={t('kostraUi.import')}
        accept=".csv,.txt"
        testId="import-kostra"
        onFile={(file) => {
          const first = readKostraFile(file);
          const choices = defaultChoices(first, live.doc, file.name);
          setYearText(String(choices.year));
          setPending({ file, choices, peerOptions: first.ok ? first.peerOptions : [] });
        }}
      />
      {pending && plan && (
        <ImportPreview
          title={t('kostraUi.import.title')}
          fileName={pending.file.name}
          plan={plan}
          onApply={onApply}
          onMessage={onMessage}
          onClose={() => setPending(null)}
        >
          {pending.peerOptions.length > 1 && (
            <label>
              {t('kostraUi.import.peerColumn')}
              <select
                data-testid="import-kostra-peer"
                value={pending.choices.peer ?? pending.peerOptions[0]}
                onChange={(e) => choose({ peer: e.target.value, peerGroup: peerGroupName(e.target.value) })}
              >
                {pending.peerOptions.map((o) => (
                  <option key={o} value={o}>{o}</option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('kostraUi.import.peerName')}
            <input
              data-testid="import-kostra-name"
              value={pending.choices.peerGroup}
              onChange={(e) => choose({ peerGroup: e.target.value })}
            />
          </label>
          <label>
            {t('kostraUi.field.costUnit')}
            <select
              data-testid="import-kostra-unit"
              value={pending.choices.costUnit}
              onChange={(e) => choose({ costUnit: e.target.value as KostraCostUnit })}
            >
              {KOSTRA_COST_UNITS.map((u) => (
                <option key={u} value={u}>{u}</option>
              ))}
            </select>
          </label>
          <label>
            {t('kostraUi.field.year')}
            <NumberInput
              testId="import-kostra-year"
              target={YEAR_FIELD}
              value={yearText}
              onChange={(text) => {
                setYearText(text);
                // A year the schema refuses (or text that is no year) shows as a problem in the preview, and Import
                // stays off.
                const read = readNumberField(text, YEAR_FIELD, lang);
                choose({ year: read.ok && read.value !== null ? read.value : Number.NaN });
              }}
            />
          </label>
        </ImportPreview>
      )}
    </>
  );
}
