// "Lim inn tiltak": the user pastes a table (from Excel or a document) into the dialog, or onto the measures table,
// and sees at once what it becomes — the columns as the header was read (each can be changed), the area and start
// year of rows without one, the measures with their totals, and every refused row with why. One click adds them
// all as one undoable edit.
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_COST_PER_FTE } from '../../../shared/measures/edits';
import { COLUMN_ROLES, readPastedTable, type ColumnRole } from '../../../shared/measures/paste';
import type { Scenario } from '../../../shared/model/scenario';
import type { Patch } from '../../../shared/patch/types';
import { useI18n } from '../i18n/useI18n';
import { ImportPreview } from '../imports/ImportPreview';
import { pastePlan } from './pastePlan';
import { formatNumber } from '../../../shared/format';
import { NumberInput, readNumberField } from '../widgets/NumberInput';

const COST_FIELD = { unit: '1000 kr' } as const;

export interface PasteMeasuresProps {
  doc: Scenario;
  /** Text pasted onto the table before the dialog opened. */
  initialText: string;
  onApply(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
  onClose(): void;
}

export function PasteMeasures({ doc, initialText, onApply, onMessage, onClose }: PasteMeasuresProps) {
  const { t, tCode, lang } = useI18n();
  const [text, setText] = useState(initialText);
  const table = useMemo(() => readPastedTable(text), [text]);
  const [roles, setRoles] = useState<ColumnRole[] | null>(null);
  const [areaId, setAreaId] = useState<string | null>(doc.areas[0]?.id ?? null);
  const years = Array.from({ length: doc.years }, (_, i) => doc.firstYear + i);
  const headerYear = table?.headerYear;
  const [startYear, setStartYear] = useState<number | null>(null);
  // The cost per FTE in 1000 kr, read like every number field ("0,7 mill." is 700); a text that cannot be read
  // stops the import with its message.
  const [costText, setCostText] = useState(() => formatNumber(DEFAULT_COST_PER_FTE, { lang }));
  const costRead = readNumberField(costText, COST_FIELD, lang);
  const costPerFte = costRead.ok && costRead.value !== null && costRead.value >= 0 ? costRead.value : null;
  // The first-year column's year when the plan has it ("Effekt i 2021"), else the first plan year.
  const year = startYear ?? (headerYear != null && years.includes(headerYear) ? headerYear : doc.firstYear);
  const chosenRoles = useMemo(() => roles ?? table?.roles ?? [], [roles, table]);
  const costNeeded = chosenRoles.includes('fte') && !chosenRoles.includes('costPerFte');
  const costRefusal = costNeeded && costPerFte === null ? (costRead.ok ? t(costRead.value === null ? 'm.required' : 'measuresUi.negative') : t(costRead.error.code, costRead.error.params)) : null;
  const plan = useMemo(
    () =>
      costRefusal !== null
        ? { ok: false, lines: [costRefusal], patches: [], label: '' }
        : pastePlan(doc, table, { roles: chosenRoles, areaId, startYear: year, costPerFte: costPerFte ?? DEFAULT_COST_PER_FTE }, tCode, lang),
    [doc, table, chosenRoles, areaId, year, costPerFte, costRefusal, tCode, lang],
  );
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textArea.current?.focus(), []);

  return (
    <ImportPreview title={t('measuresUi.paste.title')} fileName={t('measuresUi.paste.source')} plan={plan} onApply={onApply} onMessage={onMessage} onClose={onClose}>
      <label className="paste-text">
        {t('measuresUi.paste.textLabel')}
        <textarea
          ref={textArea}
          data-testid="paste-measures-text"
          rows={5}
          value={text}
          placeholder={t('measuresUi.paste.placeholder')}
          onChange={(e) => {
            setText(e.target.value);
            setRoles(null);
          }}
        />
      </label>
      {table && (
        <fieldset className="paste-columns" data-testid="paste-columns">
          <legend>{t('measuresUi.paste.columns')}</legend>
          {table.header.map((h, i) => (
            <label key={i}>
              {h || `#${i + 1}`}
              <select
                data-testid={`paste-role-${i}`}
                value={chosenRoles[i] ?? 'ignore'}
                onChange={(e) => {
                  const next = [...chosenRoles];
                  const role = e.target.value as ColumnRole;
                  // One column per role: the column that had it is no longer used.
                  if (role !== 'ignore') next.forEach((r, k) => r === role && (next[k] = 'ignore'));
                  next[i] = role;
                  setRoles(next);
                }}
              >
                {COLUMN_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`measuresUi.role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t('measuresUi.paste.area')}
        <select data-testid="paste-area" value={areaId ?? ''} onChange={(e) => setAreaId(e.target.value || null)}>
          {doc.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.code} {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('measuresUi.paste.startYear')}
        <select data-testid="paste-start-year" value={year} onChange={(e) => setStartYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {costNeeded && (
        <label>
          {t('measuresUi.paste.costPerFte')}
          <NumberInput testId="paste-cost-per-fte" target={COST_FIELD} value={costText} onChange={setCostText} size={10} />
        </label>
      )}
    </ImportPreview>
  );
}
