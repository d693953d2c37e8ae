// Goal seek: a target line, year and value, one input to vary; "Finn verdi" searches on a private copy of the
// scenario and "Bruk" applies the answer as one undoable edit. Below it, the one-click question of how much more
// must be saved in a year to reach the resultatgrad target.
import { useMemo, useState } from 'react';
import { analysisMessage } from '../../../shared/analysis';
import type { LiveScenario } from '../../../shared/live/scenario';
import type { Patch } from '../../../shared/patch/types';
import { useI18n } from '../i18n/useI18n';
import { editText, fieldTarget, formatValue, labelOf } from './format';
import { NumberInput, readNumberField } from '../widgets/NumberInput';
import { defaultRange, isFactor, isPercent, KEYS, leverLines, sourceOf, targetLines, type LeverAt } from '../../../shared/analysis/levers';
import { runGoalSeek, runSavingsNeeded, type GoalSeekAnswer, type SavingsAnswer } from '../../../shared/analysis/runs';

export interface SectionProps {
  live: LiveScenario;
  version: number;
  onApply(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
}

/** The first year with a savings requirement: where the question of what it takes is asked. */
function defaultYear(live: LiveScenario): number {
  const y = live.years.findIndex((_, i) => live.engine.has(KEYS.requirement) && live.engine.value(KEYS.requirement, i) > 0);
  return live.years[Math.max(0, y)];
}

export function GoalSeekSection({ live, version, onApply, onMessage }: SectionProps) {
  const { t, tCode, lang } = useI18n();
  const targets = useMemo(() => targetLines(live.allLines()), [live, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const levers = useMemo(() => leverLines(live.allLines()), [live, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [targetKey, setTargetKey] = useState<string>(KEYS.resultatgrad);
  // 'value': the target line reaches a value in one year; else the key of a line it must be at least in every year.
  const [condition, setCondition] = useState<'value' | 'every'>('value');
  const [referenceKey, setReferenceKey] = useState<string>(KEYS.requiredReserve);
  const [year, setYear] = useState<number>(() => defaultYear(live));
  const [leverKey, setLeverKey] = useState<string>(KEYS.requirement);
  const [leverYear, setLeverYear] = useState<string>('same');
  const [targetText, setTargetText] = useState<string | null>(null);
  const [range, setRange] = useState<{ key: string; lo: string; hi: string } | null>(null);
  const [answer, setAnswer] = useState<{ a: GoalSeekAnswer; version: number; label: string } | null>(null);
  const [savingsYear, setSavingsYear] = useState<number>(() => defaultYear(live));
  const [savings, setSavings] = useState<{ a: SavingsAnswer; version: number; year: number } | null>(null);

  const targetSpec = live.spec(targetKey);
  const leverSpec = live.spec(leverKey);
  const yi = year - live.firstYear;
  const percentTarget = isPercent(targetSpec);
  // Default target: resultatgrad → its target from the financial rules; another line → its value now.
  const defaultTarget = (() => {
    if (!live.engine.has(targetKey)) return NaN;
    if (targetKey === KEYS.resultatgrad && live.engine.has(KEYS.resultatgradTarget)) return live.engine.value(KEYS.resultatgradTarget, yi);
    return live.engine.value(targetKey, yi);
  })();
  const shownTarget = targetText ?? editText(defaultTarget, percentTarget, lang);

  const scalar = !!leverSpec && sourceOf(leverSpec).kind === 'scalar';
  const at: LeverAt = scalar || leverYear === 'all' ? 'all' : leverYear === 'same' ? yi : Number(leverYear) - live.firstYear;
  const factor = !!leverSpec && isFactor(leverSpec, at);
  const percentLever = !factor && isPercent(leverSpec);
  const current = !leverSpec ? NaN : factor ? 1 : live.engine.value(leverKey, at === 'all' ? 0 : at);
  const [dLo, dHi] = leverSpec ? defaultRange(leverSpec, at, current) : [0, 0];
  const rangeId = `${leverKey}|${String(at)}`;
  const lo = range?.key === rangeId ? range.lo : editText(dLo, percentLever, lang);
  const hi = range?.key === rangeId ? range.hi : editText(dHi, percentLever, lang);

  const leverLabel = leverSpec ? `${labelOf(leverSpec, tCode)}${at === 'all' ? '' : ` ${live.firstYear + at}`}` : leverKey;
  const targetLabel = targetSpec ? `${labelOf(targetSpec, tCode)} ${year}` : targetKey;

  const every = condition === 'every';
  const referenceSpec = live.spec(referenceKey);
  const targetField = fieldTarget(targetSpec, percentTarget);
  const leverField = fieldTarget(leverSpec, percentLever, factor);
  const find = () => {
    // Each field read in its line's unit: "1,5 mill." in a 1000 kr lever is 1 500; "0,6 %" there is refused.
    const read = [every ? null : readNumberField(shownTarget, targetField, lang), readNumberField(lo, leverField, lang), readNumberField(hi, leverField, lang)];
    const refused = read.find((r) => r !== null && !r.ok);
    if (refused && !refused.ok) {
      onMessage(t(refused.error.code, refused.error.params), 'error');
      return;
    }
    const [target, l, h] = read.map((r, i) => (i === 0 && every ? 0 : r?.ok ? r.value : null));
    if (target === null || l === null || h === null) {
      onMessage(t('analysisUi.goal.badNumber'), 'error');
      return;
    }
    onMessage(null);
    const a = runGoalSeek(live, {
      targetKey,
      targetYear: year,
      target,
      leverKey,
      leverAt: at,
      range: [l, h],
      leverLabel,
      targetLabel: every && targetSpec ? labelOf(targetSpec, tCode) : targetLabel,
      atLeastKey: every ? referenceKey : undefined,
    });
    setAnswer({ a, version, label: leverLabel });
  };

  const stale = (v: number) => v !== version;
  const fmtLever = (v: number) => (factor ? editText(v, false, lang) : formatValue(leverSpec, v, lang));

  return (
    <section className="analysis-section" data-testid="goal-seek">
      <h3>{t('analysisUi.goal.title')}</h3>
      <div className="analysis-form">
        <label>
          {t('analysisUi.goal.target')}
          <select data-testid="goal-target" value={targetKey} onChange={(e) => { setTargetKey(e.target.value); setTargetText(null); setAnswer(null); }}>
            {targets.map((s) => (
              <option key={s.key} value={s.key}>{labelOf(s, tCode)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('analysisUi.goal.condition')}
          <select
            data-testid="goal-condition"
            value={condition}
            onChange={(e) => {
              const next = e.target.value === 'every' ? 'every' : 'value';
              setCondition(next);
              // The reserve fund against the required reserve is the rule this asks about first.
              if (next === 'every' && targetKey === KEYS.resultatgrad && live.engine.has(KEYS.fund)) setTargetKey(KEYS.fund);
              setAnswer(null);
            }}
          >
            <option value="value">{t('analysisUi.goal.conditionValue')}</option>
            <option value="every">{t('analysisUi.goal.conditionEvery')}</option>
          </select>
        </label>
        {every && (
          <label>
            {t('analysisUi.goal.reference')}
            <select data-testid="goal-reference" value={referenceKey} onChange={(e) => { setReferenceKey(e.target.value); setAnswer(null); }}>
              {targets.map((s) => (
                <option key={s.key} value={s.key}>{labelOf(s, tCode)}</option>
              ))}
            </select>
          </label>
        )}
        {!every && (
          <>
            <label>
              {t('analysisUi.goal.year')}
              <select data-testid="goal-year" value={year} onChange={(e) => { setYear(Number(e.target.value)); setTargetText(null); setAnswer(null); }}>
                {live.years.map((y) => (
                  <option key={y} value={y}>{y}</option>
                ))}
              </select>
            </label>
            <label>
              {t('analysisUi.goal.value')}
              <span className="with-unit">
                <NumberInput testId="goal-value" target={targetField} value={shownTarget} onChange={setTargetText} size={12} />
                {percentTarget ? t('analysisUi.goal.percentUnit') : ''}
              </span>
            </label>
          </>
        )}
      </div>
      <div className="analysis-form">
        <label>
          {t('analysisUi.goal.lever')}
          <select data-testid="goal-lever" value={leverKey} onChange={(e) => { setLeverKey(e.target.value); setAnswer(null); }}>
            {levers.map((s) => (
              <option key={s.key} value={s.key}>{labelOf(s, tCode)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('analysisUi.goal.leverYear')}
          <select data-testid="goal-lever-year" value={scalar ? 'all' : leverYear} disabled={scalar} onChange={(e) => { setLeverYear(e.target.value); setAnswer(null); }}>
            {!scalar && <option value="same">{year}</option>}
            {!scalar && live.years.filter((y) => y !== year).map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
            <option value="all">{scalar ? t('analysisUi.goal.allYears') : t('analysisUi.goal.allYearsFactor')}</option>
          </select>
        </label>
        <label>
          {t('analysisUi.goal.rangeLo')}
          <NumberInput testId="goal-lo" target={leverField} value={lo} size={12} onChange={(text) => setRange({ key: rangeId, lo: text, hi })} />
        </label>
        <label>
          {t('analysisUi.goal.rangeHi')}
          <span className="with-unit">
            <NumberInput testId="goal-hi" target={leverField} value={hi} size={12} onChange={(text) => setRange({ key: rangeId, lo, hi: text })} />
            {percentLever ? t('analysisUi.goal.percentUnit') : ''}
          </span>
        </label>
        <button type="button" className="analysis-run" data-testid="goal-run" onClick={find}>
          {t('analysisUi.goal.run')}
        </button>
      </div>
      {answer && (
        <div className={answer.a.ok ? 'analysis-answer' : 'analysis-answer failed'} data-testid="goal-result">
          {answer.a.ok ? (
            <>
              <p>
                {answer.a.binding
                  ? t('analysisUi.goal.foundEvery', {
                      lever: answer.label,
                      bound: t(`analysisUi.goal.${answer.a.binding.bound}`),
                      value: fmtLever(answer.a.value),
                      current: fmtLever(answer.a.current),
                      target: targetSpec ? labelOf(targetSpec, tCode) : targetKey,
                      reference: referenceSpec ? labelOf(referenceSpec, tCode) : referenceKey,
                      year: answer.a.binding.year,
                      achieved: formatValue(targetSpec, answer.a.achieved, lang),
                      required: formatValue(targetSpec, answer.a.target, lang),
                    })
                  : answer.a.factor
                  ? t('analysisUi.goal.foundFactor', {
                      lever: answer.label,
                      value: fmtLever(answer.a.value),
                      target: targetLabel,
                      achieved: formatValue(targetSpec, answer.a.achieved, lang),
                      values: Array.from(leverSpec?.input ?? [], (v) => formatValue(leverSpec, v * (answer.a.ok ? answer.a.value : 1), lang)).join(' · '),
                    })
                  : t('analysisUi.goal.found', {
                      lever: answer.label,
                      value: fmtLever(answer.a.value),
                      current: fmtLever(answer.a.current),
                      target: targetLabel,
                      achieved: formatValue(targetSpec, answer.a.achieved, lang),
                    })}
              </p>
              {stale(answer.version) ? (
                <p className="muted">{t('analysisUi.stale')}</p>
              ) : (
                <button
                  type="button"
                  data-testid="goal-apply"
                  onClick={() => {
                    if (!answer.a.ok) return;
                    onApply(answer.a.patches, t('analysisUi.goal.editLabel', { lever: answer.label }));
                    onMessage(t('analysisUi.goal.applied', { lever: answer.label }), 'info');
                    setAnswer(null);
                  }}
                >
                  {t('analysisUi.goal.apply')}
                </button>
              )}
            </>
          ) : (
            <p>{analysisMessage(lang, answer.a)}</p>
          )}
        </div>
      )}

      <div className="analysis-form savings-question">
        <label>
          <span>{t('analysisUi.savings.question', { year: savingsYear })}</span>
          <select data-testid="savings-year" value={savingsYear} onChange={(e) => { setSavingsYear(Number(e.target.value)); setSavings(null); }}>
            {live.years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="analysis-run"
          data-testid="savings-run"
          onClick={() => setSavings({ a: runSavingsNeeded(live, savingsYear, t('analysisUi.savings.lever', { year: savingsYear })), version, year: savingsYear })}
        >
          {t('analysisUi.savings.run')}
        </button>
      </div>
      {savings && (
        <div className={savings.a.ok ? 'analysis-answer' : 'analysis-answer failed'} data-testid="savings-result">
          {savings.a.ok ? (
            <>
              <p>
                {savings.a.alreadyMet
                  ? t('analysisUi.savings.met', { year: savings.year, achieved: formatValue(live.spec(KEYS.resultatgrad), savings.a.achieved, lang), target: formatValue(live.spec(KEYS.resultatgrad), savings.a.target, lang) })
                  : t('analysisUi.savings.answer', {
                      year: savings.year,
                      extra: formatValue(undefined, savings.a.extra, lang),
                      savings: formatValue(undefined, savings.a.savings, lang),
                      target: formatValue(live.spec(KEYS.resultatgrad), savings.a.target, lang),
                      unidentified: formatValue(undefined, savings.a.unidentified, lang),
                    })}
              </p>
              {!savings.a.alreadyMet && !stale(savings.version) && (
                <button
                  type="button"
                  data-testid="savings-apply"
                  onClick={() => {
                    if (!savings.a.ok) return;
                    const label = t('analysisUi.savings.lever', { year: savings.year });
                    onApply(savings.a.patches, t('analysisUi.goal.editLabel', { lever: label }));
                    onMessage(t('analysisUi.goal.applied', { lever: label }), 'info');
                    setSavings(null);
                  }}
                >
                  {t('analysisUi.goal.apply')}
                </button>
              )}
              {stale(savings.version) && <p className="muted">{t('analysisUi.stale')}</p>}
            </>
          ) : (
            <p>{analysisMessage(lang, savings.a)}</p>
          )}
        </div>
      )}
    </section>
  );
}
