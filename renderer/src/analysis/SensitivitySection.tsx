// Sensitivity: a default set of assumptions with a range each, the response of netto driftsresultat,
// resultatgrad and the reserve fund in the year the user chooses (the last year of the horizon at first), as a
// table and a tornado chart.
import { useMemo, useState } from 'react';
import { formatNumber } from '../../../shared/format';
import { useI18n } from '../i18n/useI18n';
import { editText, labelOf } from './format';
import { NumberField } from '../widgets/NumberInput';

/** A range is typed in percentage points or per cent: "1" is 0.01, "1 %" too; an amount is refused. */
const DELTA_FIELD = { percent: true } as const;
import type { SectionProps } from './GoalSeekSection';
import { defaultSensitivityItems, runSensitivity, type SensitivityAnswer, type SensitivityItem } from '../../../shared/analysis/runs';
import { chosenItems, DEFAULT_CHOICES, withDelta, withItem, type SensitivityChoices } from './sensitivityChoices';
import { TornadoChart } from './TornadoChart';

const OUTPUT_KEYS = ['analysisUi.out.net', 'analysisUi.out.grade', 'analysisUi.out.fund'] as const;

export function SensitivitySection({ live, version, onMessage }: Pick<SectionProps, 'live' | 'version' | 'onMessage'>) {
  const { t, tCode, lang } = useI18n();
  const items = useMemo(
    () => defaultSensitivityItems(live, (s) => labelOf(s, tCode), (name) => t('analysisUi.sens.measure', { name })),
    [live, version, t], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const [choices, setChoices] = useState<SensitivityChoices>(DEFAULT_CHOICES);
  const [chooserOpen, setChooserOpen] = useState(false);
  const assumptions = items.filter((i) => i.mode !== 'realisation');
  const measureCount = items.length - assumptions.length;
  const chosen = chosenItems(items, choices);
  const [answer, setAnswer] = useState<{ a: SensitivityAnswer; version: number } | null>(null);
  const [outIndex, setOutIndex] = useState(0);
  const percent = outIndex === 1;
  const fmt = (v: number) => (percent ? formatNumber(v, { percent: true, decimals: 2, lang }) : formatNumber(v, { lang }));
  const rangeText = (i: SensitivityItem) =>
    i.mode === 'realisation'
      ? t('analysisUi.sens.realisation')
      : i.mode === 'shift' || i.mode === 'growth'
        ? t(i.mode === 'shift' ? 'analysisUi.sens.pp' : 'analysisUi.sens.growth', { value: formatNumber(i.delta * 100, { decimals: 1, lang }) })
        : t('analysisUi.sens.pct', { value: formatNumber(i.delta * 100, { lang }) });
  const lastYear = live.years[live.years.length - 1];
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear !== null && live.years.includes(chosenYear) ? chosenYear : lastYear;
  const run = (y: number) => setAnswer({ a: runSensitivity(live, chosen, OUTPUT_KEYS.map((k) => t(k)), y), version });
  const out = answer?.a.result.outputs[outIndex];

  return (
    <section className="analysis-section" data-testid="sensitivity">
      <h3>{t('analysisUi.sens.title')}</h3>
      <p className="muted">{t('analysisUi.sens.intro', { year: lastYear })}</p>
      <div className="analysis-form">
        <button
          type="button"
          className="analysis-run"
          data-testid="sens-run"
          disabled={chosen.length === 0}
          onClick={() => run(year)}
        >
          {t('analysisUi.sens.run')}
        </button>
        <label>
          {t('analysisUi.sens.year')}
          <select
            data-testid="sens-year"
            value={year}
            onChange={(e) => {
              const y = Number(e.target.value);
              setChosenYear(y);
              // A result on screen follows the year: it is measured again for the year chosen.
              if (answer && chosen.length > 0) run(y);
            }}
          >
            {live.years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        {answer && (
          <label>
            {t('analysisUi.sens.output')}
            <select data-testid="sens-output" value={outIndex} onChange={(e) => setOutIndex(Number(e.target.value))}>
              {OUTPUT_KEYS.map((k, i) => (
                <option key={k} value={i}>{t(k)}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      <details className="sens-items" data-testid="sens-items" open={chooserOpen} onToggle={(e) => setChooserOpen(e.currentTarget.open)}>
        <summary>{t('analysisUi.sens.choose', { count: chosen.length, total: items.length })}</summary>
        {/* Rendered only when open: a large plan has thousands of measures. */}
        {chooserOpen && (
          <table className="analysis-table">
            <tbody>
              {assumptions.map((i) => {
                const c = choices.items[i.key];
                const delta = c?.delta ?? i.delta;
                return (
                  <tr key={i.key} data-key={i.key}>
                    <td>
                      <label className="sens-pick">
                        <input type="checkbox" checked={!c?.off} data-testid="sens-item" onChange={(e) => setChoices(withItem(choices, i.key, e.target.checked))} />
                        {i.label}
                      </label>
                    </td>
                    <td className="num">
                      ±{' '}
                      <NumberField
                        key={`${i.key}|${delta}`}
                        className="sens-delta"
                        size={6}
                        testId="sens-delta"
                        ariaLabel={i.label}
                        target={DELTA_FIELD}
                        value={editText(delta, true, lang)}
                        onCommit={(read) => {
                          const next = withDelta(choices, i.key, read.ok ? read.value : null);
                          if (next) setChoices(next);
                          else onMessage(read.ok ? t('analysisUi.sens.badRange') : t(read.error.code, read.error.params), 'error');
                          return next !== null;
                        }}
                      />{' '}
                      {i.mode === 'shift' ? t('analysisUi.sens.ppUnit') : i.mode === 'growth' ? t('analysisUi.sens.growthUnit') : '%'}
                    </td>
                  </tr>
                );
              })}
              {measureCount > 0 && (
                <tr>
                  <td colSpan={2}>
                    <label className="sens-pick">
                      <input type="checkbox" checked={choices.measures} data-testid="sens-measures" onChange={(e) => setChoices({ ...choices, measures: e.target.checked })} />
                      {t('analysisUi.sens.measures', { count: measureCount })}
                    </label>
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        )}
      </details>
      {answer && answer.version !== version && <p className="muted">{t('analysisUi.stale')}</p>}
      {answer && out && answer.a.notApplicable[outIndex] && (
        // The output has no value that year (resultatgrad without revenue): say why instead of swings around 0.
        <p className="analysis-answer failed" data-testid="sens-not-applicable">
          {t('analysis.notApplicable', { line: t(OUTPUT_KEYS[outIndex]), year: answer.a.year })} {tCode(answer.a.notApplicable[outIndex]!)}
        </p>
      )}
      {answer && out && !answer.a.notApplicable[outIndex] && (
        <div className="analysis-columns">
          <div className="analysis-tables">
            <table className="analysis-table" data-testid="sens-table">
              <caption>
                {t(OUTPUT_KEYS[outIndex])} {answer.a.year} · {t('analysisUi.sens.base', { value: fmt(out.base) })}
              </caption>
              <thead>
                <tr>
                  <th>{t('analysisUi.sens.assumption')}</th>
                  <th>{t('analysisUi.sens.range')}</th>
                  <th className="num">{t('analysisUi.sens.atLow')}</th>
                  <th className="num">{t('analysisUi.sens.atHigh')}</th>
                  <th className="num">{t('analysisUi.sens.swing')}</th>
                </tr>
              </thead>
              <tbody>
                {out.rows.map((r) => (
                  <tr key={r.leverId} data-key={r.leverId}>
                    <td>{r.leverLabel}</td>
                    <td>{rangeText(answer.a.items[r.lever])}</td>
                    <td className="num">{fmt(r.atLow)}</td>
                    <td className="num">{fmt(r.atHigh)}</td>
                    <td className="num">{fmt(r.swing)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {out.rows.some((r) => r.swing === 0) && <p className="muted small">{t('analysisUi.sens.noEffect', { year: answer.a.year })}</p>}
          </div>
          <TornadoChart output={out} percent={percent} title={t('analysisUi.sens.chartTitle', { output: t(OUTPUT_KEYS[outIndex]), year: answer.a.year })} />
        </div>
      )}
    </section>
  );
}
