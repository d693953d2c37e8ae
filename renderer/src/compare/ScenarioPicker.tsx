// Pick 2–4 saved scenarios: checkboxes in the order of the list; the order of picking decides the base (first).
import type { ScenarioSummary } from '../../../shared/api/contract';
import { MAX_COMPARED, scenarioTag } from '../../../shared/compare/types';
import { useI18n } from '../i18n/useI18n';
import { colorOf } from '../charts/setup';

export interface ScenarioPickerProps {
  list: ScenarioSummary[] | null;
  picked: string[];
  onChange(picked: string[]): void;
}

export function ScenarioPicker({ list, picked, onChange }: ScenarioPickerProps) {
  const { t } = useI18n();
  const full = picked.length >= MAX_COMPARED;
  return (
    <fieldset className="compare-picker" data-testid="compare-picker">
      <legend>{t('compare.pick')}</legend>
      {list && list.length === 0 && <p className="muted">{t('compare.noScenarios')}</p>}
      <ul>
        {(list ?? []).map((s) => {
          const at = picked.indexOf(s.id);
          const checked = at >= 0;
          return (
            <li key={s.id}>
              <label className={checked ? 'picked' : undefined}>
                <input
                  type="checkbox"
                  data-testid="compare-pick"
                  data-name={s.name}
                  checked={checked}
                  disabled={!checked && full}
                  title={!checked && full ? t('compare.tooMany', { max: MAX_COMPARED }) : undefined}
                  onChange={(e) => onChange(e.target.checked ? [...picked, s.id] : picked.filter((id) => id !== s.id))}
                />
                {checked && (
                  <span className="tag" style={{ background: colorOf(at) }}>
                    {scenarioTag(at)}
                  </span>
                )}
                <span className="pick-name">{s.name}</span>
                {at === 0 && <span className="pick-base">{t('compare.base')}</span>}
                <span className="pick-meta">
                  {s.firstYear}–{s.firstYear + s.years - 1}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t('compare.pickHint')}</p>
    </fieldset>
  );
}
