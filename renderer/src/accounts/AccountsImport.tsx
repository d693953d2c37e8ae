// "Importer regnskap (CSV)": pick a file, read the preview (the year, the rows matched by code and the rows added,
// skipped lines and stated numbers that do not reconcile, the deviations with those over the threshold marked),
// choose the year when the file does not name it, and import as one undoable edit.
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { FilePick } from '../imports/FilePick';
import { ImportPreview } from '../imports/ImportPreview';
import type { PickedFile } from '../imports/types';
import type { ViewPanelProps } from '../views/viewPanel';
import { defaultChoices, planAccountsImport, readAccountsFile, type AccountsChoices } from './importPlan';

export function AccountsImport({ live, onApply, onMessage }: Pick<ViewPanelProps, 'live' | 'onApply' | 'onMessage'>) {
  const { t, lang } = useI18n();
  const [pending, setPending] = useState<{ file: PickedFile; choices: AccountsChoices } | null>(null);
  const result = useMemo(() => (pending ? readAccountsFile(pending.file) : null), [pending?.file]); // eslint-disable-line react-hooks/exhaustive-deps
  const plan = useMemo(
    () => (pending && result ? planAccountsImport(live.doc, result, pending.choices, lang) : null),
    [live.doc, pending, result, lang],
  );

  return (
    <>
      <FilePick
        label={t('accountsUi.import')}
        accept=".csv,.txt"
        testId="import-accounts"
        onFile={(file) => setPending({ file, choices: defaultChoices(readAccountsFile(file), live.doc) })}
      />
      {pending && plan && (
        <ImportPreview
          title={t('accountsUi.import.title')}
          fileName={pending.file.name}
          plan={plan}
          onApply={onApply}
          onMessage={onMessage}
          onClose={() => setPending(null)}
        >
          {result?.ok && !plan.yearFromFile && (
            <label>
              {t('accountsUi.import.year')}
              <select
                data-testid="import-accounts-year"
                value={pending.choices.year}
                onChange={(e) => setPending((p) => (p ? { ...p, choices: { year: Number(e.target.value) } } : p))}
              >
                {live.years.map((y) => (
                  <option key={y} value={y}>{y}</option>
                ))}
              </select>
            </label>
          )}
        </ImportPreview>
      )}
    </>
  );
}
