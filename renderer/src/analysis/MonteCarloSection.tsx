// Monte Carlo over the measures' realisation probabilities (and effect ranges, where a measure has one): P10 / P50 /
// P90 per year of total savings and of netto driftsresultat (realised measures only), beside the planned figure and
// the requirement, and a histogram.
import { useState } from 'react';
import { analysisMessage, type OutputDistribution } from '../../../shared/analysis';
import type { AnalysisFailure } from '../../../shared/analysis';
import { formatNumber } from '../../../shared/format';
import { useI18n } from '../i18n/useI18n';
import type { SectionProps } from './GoalSeekSection';
import { HistogramChart } from './HistogramChart';
import { MC_DRAWS, MC_SEED, runMonteCarlo, type MonteCarloAnswer } from '../../../shared/analysis/runs';

type Answer = { ok: true; answer: MonteCarloAnswer } | AnalysisFailure;

export function MonteCarloSection({ live, version }: Pick<SectionProps, 'live' | 'version'>) {
  const { t, lang } = useI18n();
  const [answer, setAnswer] = useState<{ a: Answer; version: number } | null>(null);
  const [histYear, setHistYear] = useState<number | null>(null);
  const amount = (v: number) => formatNumber(v, { lang });
  // A share of the plan in whole per cent, or with the decimal it has (62,5 %).
  const rangePercent = (share: number) => formatNumber(share, { percent: true, decimals: Number.isInteger(Math.round(share * 1e6) / 1e4) ? 0 : 1, lang });
  const measures = live.doc.measures.filter((m) => m.included && m.status !== 'forkastet');

  const run = () => {
    const a = runMonteCarlo(live, {
      savings: (year) => t('analysisUi.mc.savingsLabel', { year }),
      result: (year) => t('analysisUi.mc.resultLabel', { year }),
    });
    setAnswer({ a, version });
    if (a.ok) {
      // The histogram opens on the last year with a requirement, else the last year.
      const { years, requirement } = a.answer;
      const withReq = years.filter((_, y) => requirement[y] > 0);
      setHistYear(withReq.length > 0 ? withReq[withReq.length - 1] : years[years.length - 1]);
    }
  };

  const table = (title: string, dists: OutputDistribution[], years: number[], requirement: number[] | null, testId: string) => (
    <table className="analysis-table" data-testid={testId}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th>{t('analysisUi.mc.year')}</th>
          <th className="num">{t('analysisUi.mc.planned')}</th>
          <th className="num">P10</th>
          <th className="num">P50</th>
          <th className="num">P90</th>
          {requirement && <th className="num">{t('analysisUi.mc.requirement')}</th>}
          {requirement && <th className="num">{t('analysisUi.mc.probability')}</th>}
        </tr>
      </thead>
      <tbody>
        {years.map((year, y) => {
          const d = dists[y];
          return (
            <tr key={year} data-year={year}>
              <td>{year}</td>
              <td className="num">{amount(d.planned)}</td>
              <td className="num" data-col="p10">{amount(d.p10)}</td>
              <td className="num" data-col="p50">{amount(d.p50)}</td>
              <td className="num" data-col="p90">{amount(d.p90)}</td>
              {requirement && <td className="num">{requirement[y] > 0 ? amount(requirement[y]) : ''}</td>}
              {requirement && (
                <td className="num" data-col="probability">
                  {d.probability ? formatNumber(d.probability.p, { percent: true, decimals: 1, lang }) : t('analysisUi.mc.noRequirement')}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  const ok = answer?.a.ok ? answer.a.answer : null;
  const n = ok?.years.length ?? 0;
  const hy = ok && histYear !== null ? ok.years.indexOf(histYear) : -1;

  return (
    <section className="analysis-section" data-testid="monte-carlo">
      <h3>{t('analysisUi.mc.title')}</h3>
      <p className="muted">
        {t('analysisUi.mc.intro', { draws: formatNumber(MC_DRAWS, { lang }), seed: MC_SEED })} {t('analysisUi.mc.introRange')}
      </p>
      {measures.length === 0 ? (
        <p className="muted">{t('analysisUi.mc.none')}</p>
      ) : (
        <details className="mc-measures">
          <summary>{t('analysisUi.mc.measures')} ({measures.length})</summary>
          <ul>
            {measures.map((m) => (
              <li key={m.id} data-measure={m.id}>
                {m.name}: {formatNumber(m.probability, { percent: true, decimals: 0, lang })}
                {m.effectRange && (
                  <span className="mc-range" data-testid="mc-range">
                    {', '}
                    {t('analysisUi.mc.range', { low: rangePercent(m.effectRange.low), high: rangePercent(m.effectRange.high) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="analysis-form">
        <button type="button" className="analysis-run" data-testid="mc-run" onClick={run} disabled={measures.length === 0}>
          {t('analysisUi.mc.run')}
        </button>
        {ok && (
          <label>
            {t('analysisUi.mc.histYear')}
            <select data-testid="mc-year" value={histYear ?? ''} onChange={(e) => setHistYear(Number(e.target.value))}>
              {ok.years.map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {answer && answer.version !== version && <p className="muted">{t('analysisUi.stale')}</p>}
      {answer && !answer.a.ok && <p className="analysis-answer failed">{analysisMessage(lang, answer.a)}</p>}
      {ok && (
        <div className="analysis-columns" data-testid="mc-result" data-draws={ok.result.draws} data-seed={ok.result.seed}>
          <div className="analysis-tables">
            {table(t('analysisUi.mc.savings'), ok.result.outputs.slice(0, n), ok.years, ok.requirement, 'mc-savings')}
            {table(t('analysisUi.mc.result'), ok.result.outputs.slice(n), ok.years, null, 'mc-netresult')}
            <p className="muted small">{t('analysisUi.mc.resultNote')}</p>
          </div>
          {hy >= 0 && (
            <HistogramChart
              sample={ok.result.outputs[hy].samples}
              planned={ok.result.outputs[hy].planned}
              requirement={ok.requirement[hy]}
              title={t('analysisUi.mc.histTitle', { year: ok.years[hy], draws: formatNumber(ok.result.draws, { lang }) })}
            />
          )}
        </div>
      )}
    </section>
  );
}
