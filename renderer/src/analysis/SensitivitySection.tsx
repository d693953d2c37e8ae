// Sensitivity: a default set of assumptions with a range each, the response of netto driftsresultat,
// resultatgrad and the reserve fund at the end of the horizon, as a table and a tornado chart.
import { useMemo, useState } from 'react';
import { formatNumber } from '../../../shared/format';
import { useI18n } from '../i18n/useI18n';
import { labelOf } from './format';
import type { SectionProps } from './GoalSeekSection';
import { defaultSensitivityItems, runSensitivity, type SensitivityAnswer, type SensitivityItem } from './runs';
import { TornadoChart } from './TornadoChart';

const OUTPUT_KEYS = ['analysisUi.out.net', 'analysisUi.out.grade', 'analysisUi.out.fund'] as const;

export function SensitivitySection({ live, version }: Pick<SectionProps, 'live' | 'version'>) {
  const { t, lang } = useI18n();
  const items = useMemo(
    () => defaultSensitivityItems(live, (s) => labelOf(s, t), (name) => t('analysisUi.sens.measure', { name })),
    [live, version, t], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const [answer, setAnswer] = useState<{ a: SensitivityAnswer; version: number } | null>(null);
  const [outIndex, setOutIndex] = useState(0);
  const percent = outIndex === 1;
  const fmt = (v: number) => (percent ? formatNumber(v, { percent: true, decimals: 2, lang }) : formatNumber(v, { lang }));
  const rangeText = (i: SensitivityItem) =>
    i.mode === 'realisation'
      ? t('analysisUi.sens.realisation')
      : i.mode === 'shift'
        ? t('analysisUi.sens.pp', { value: formatNumber(i.delta * 100, { decimals: 1, lang }) })
        : t('analysisUi.sens.pct', { value: formatNumber(i.delta * 100, { lang }) });
  const lastYear = live.years[live.years.length - 1];
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
          onClick={() => setAnswer({ a: runSensitivity(live, items, OUTPUT_KEYS.map((k) => t(k))), version })}
        >
          {t('analysisUi.sens.run')}
        </button>
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
      {answer && answer.version !== version && <p className="muted">{t('analysisUi.stale')}</p>}
      {answer && out && (
        <div className="analysis-columns">
          <div>
            <table className="analysis-table" data-testid="sens-table">
              <caption>
                {t(OUTPUT_KEYS[outIndex])} {answer.a.lastYear} · {t('analysisUi.sens.base', { value: fmt(out.base) })}
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
            {out.rows.some((r) => r.swing === 0) && <p className="muted small">{t('analysisUi.sens.noEffect', { year: answer.a.lastYear })}</p>}
          </div>
          <TornadoChart output={out} percent={percent} title={t('analysisUi.sens.chartTitle', { output: t(OUTPUT_KEYS[outIndex]), year: answer.a.lastYear })} />
        </div>
      )}
    </section>
  );
}
