// "+ Nytt scenario": name, municipality, first year and number of years, and what to start from — a blank model,
// or the structure of a saved scenario (its programme areas, frame items, assumptions and lines) without its
// numbers. Nothing is created until Opprett.
import { useState } from 'react';
import { readInput } from '../../../shared/format/readInput';
import { LIMITS } from '../../../shared/model/limits';
import type { ScenarioSummary } from '../../../shared/api/contract';
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';
import '../structure/structure.css';

export interface NewScenarioInput {
  name: string;
  municipality: string;
  firstYear: number;
  years: number;
  /** A saved scenario whose structure to take, or null for a blank model. */
  structureOf: string | null;
}

export interface NewScenarioDialogProps {
  scenarios: ScenarioSummary[];
  onCreate(input: NewScenarioInput): void;
  onCancel(): void;
}

/** A year or a count of years as typed ("2 025" reads 2025), NaN when the text is not one number. */
function wholeNumber(text: string): number {
  const r = readInput(text, { unit: 'år', field: true });
  return r.ok && r.value !== null ? r.value : Number.NaN;
}

/** The form's values, or the message that says what to correct. */
export function readNewScenario(
  form: { name: string; municipality: string; firstYear: string; years: string; from: string },
  t: (key: string, params?: Record<string, string | number>) => string,
): { ok: true; value: NewScenarioInput } | { ok: false; message: string } {
  const name = form.name.trim();
  if (name === '') return { ok: false, message: t('structure.new.nameBlank') };
  const firstYear = wholeNumber(form.firstYear);
  if (!Number.isInteger(firstYear) || firstYear < LIMITS.minYear || firstYear > LIMITS.maxYear) {
    return { ok: false, message: t('structure.new.badYear', { min: String(LIMITS.minYear), max: String(LIMITS.maxYear) }) };
  }
  const years = wholeNumber(form.years);
  if (!Number.isInteger(years) || years < 1 || years > LIMITS.maxYears) return { ok: false, message: t('structure.new.badYears', { max: LIMITS.maxYears }) };
  return { ok: true, value: { name, municipality: form.municipality.trim(), firstYear, years, structureOf: form.from === '' ? null : form.from } };
}

export function NewScenarioDialog({ scenarios, onCreate, onCancel }: NewScenarioDialogProps) {
  const { t, tCode } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const nextYear = new Date().getFullYear() + 1;
  return (
    <Dialog testId="new-scenario-dialog" title={t('structure.new.title')} className="new-scenario" onClose={onCancel}>
      <form
        onChange={() => setError(null)}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const get = (k: string) => String(data.get(k) ?? '');
          const r = readNewScenario({ name: get('name'), municipality: get('municipality'), firstYear: get('firstYear'), years: get('years'), from: get('from') }, tCode);
          if (!r.ok) setError(r.message);
          else onCreate(r.value);
        }}
      >
        <div className="import-options">
          <label>
            {t('structure.new.name')}
            <input name="name" defaultValue={t('scn.untitled')} data-testid="new-name" autoFocus required maxLength={LIMITS.maxName} />
          </label>
          <label>
            {t('structure.new.municipality')}
            <input name="municipality" data-testid="new-municipality" maxLength={LIMITS.maxName} />
          </label>
          <label>
            {t('structure.new.firstYear')}
            <input name="firstYear" inputMode="numeric" className="year" defaultValue={nextYear} data-testid="new-first-year" />
          </label>
          <label>
            {t('structure.new.years')}
            <input name="years" inputMode="numeric" className="year" defaultValue={4} data-testid="new-years" />
          </label>
          <label>
            {t('structure.new.from')}
            <select name="from" data-testid="new-from" defaultValue="">
              <option value="">{t('structure.new.blank')}</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>{t('structure.new.structureOf', { name: s.name })}</option>
              ))}
            </select>
          </label>
        </div>
        <p className="hint">{t('structure.new.hint')}</p>
        {error && <p className="error" role="alert" data-testid="new-error">{error}</p>}
        <footer>
          <button type="button" data-testid="new-cancel" onClick={onCancel}>{t('importUi.cancel')}</button>
          <button type="submit" className="import-apply" data-testid="new-create">{t('structure.new.create')}</button>
        </footer>
      </form>
    </Dialog>
  );
}
