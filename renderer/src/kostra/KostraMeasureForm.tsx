// "Gjør om til tiltak": a service (or a total), a share of its potential, a programme area and a start year; the
// saving measure is created as one undoable edit, or refused with the reason (no potential, no area …).
import { useState } from 'react';
import type { KostraPotentials } from '../../../shared/domain/kostra';
import { formatNumber } from '../../../shared/format/numberFormat';
import type { Kostra } from '../../../shared/model/kostra';
import { useI18n } from '../i18n/useI18n';
import type { ViewPanelProps } from '../views/viewPanel';
import { DEFAULT_SHARE, defaultArea, defaultStartYear, planKostraMeasure, SHARE_FIELD, shareOf, targetPotential, type PotentialTarget } from './measure';
import { NumberInput } from '../widgets/NumberInput';
import { applyPlan } from './editPlans';
import { planYears } from '../../../shared/model/years';

/** Targets as select values: 'dearer', 'total' or 's:<service id>'. */
function targetOf(value: string): PotentialTarget {
  if (value === 'dearer' || value === 'total') return { kind: value };
  return { kind: 'service', id: value.slice(2) };
}

export interface KostraMeasureFormProps extends Pick<ViewPanelProps, 'live' | 'onApply' | 'onMessage'> {
  kostra: Kostra;
  potentials: KostraPotentials;
}

export function KostraMeasureForm({ live, kostra, potentials, onApply, onMessage }: KostraMeasureFormProps) {
  const { t, lang } = useI18n();
  const doc = live.doc;
  const [target, setTarget] = useState('dearer');
  const [shareText, setShareText] = useState(String(DEFAULT_SHARE * 100));
  const [areaId, setAreaId] = useState<string | null>(null);
  const [startYear, setStartYear] = useState(() => defaultStartYear(doc));
  const n = (v: number) => formatNumber(v, { lang });
  // A removed service falls back to the dearer services; the area follows the service until the user picks one.
  const chosen = target.startsWith('s:') && !kostra.services.some((s) => `s:${s.id}` === target) ? 'dearer' : target;
  const choice = {
    target: targetOf(chosen),
    share: shareOf(shareText, lang),
    areaId: areaId !== null && doc.areas.some((a) => a.id === areaId) ? areaId : defaultArea(doc, targetOf(chosen)),
    startYear,
  };
  const plan = planKostraMeasure(doc, choice, lang);
  const years = planYears(doc);
  const option = (value: string, potential: number, name: string) => (
    <option key={value} value={value}>{t('kostraUi.measure.option', { name, potential: n(potential) })}</option>
  );

  return (
    <section className="kostra-measure" data-testid="kostra-measure">
      <h4>{t('kostraUi.measure.title')}</h4>
      <div className="kostra-form">
        <label>
          {t('kostraUi.measure.target')}
          <select value={chosen} data-testid="kostra-measure-target" onChange={(e) => setTarget(e.target.value)}>
            {option('dearer', potentials.totalDearer, targetPotential(doc, { kind: 'dearer' }, lang)?.name ?? '')}
            {option('total', potentials.total, targetPotential(doc, { kind: 'total' }, lang)?.name ?? '')}
            {kostra.services.map((s, i) => option(`s:${s.id}`, potentials.services[i]?.potential ?? 0, s.name))}
          </select>
        </label>
        <label>
          {t('kostraUi.measure.share')}
          <NumberInput className="kostra-share" target={SHARE_FIELD} value={shareText} testId="kostra-measure-share" onChange={setShareText} />
        </label>
        <label>
          {t('kostraUi.measure.area')}
          <select value={choice.areaId} data-testid="kostra-measure-area" onChange={(e) => setAreaId(e.target.value)}>
            {doc.areas.length === 0 && <option value="">–</option>}
            {doc.areas.map((a) => (
              <option key={a.id} value={a.id}>{a.code} {a.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('kostraUi.measure.startYear')}
          <select value={startYear} data-testid="kostra-measure-year" onChange={(e) => setStartYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="kostra-create"
          data-testid="kostra-measure-create"
          onClick={() => {
            if (applyPlan(plan, onApply, onMessage) && plan.ok) onMessage(t('kostraUi.measure.created', { name: plan.measure.name }), 'info');
          }}
        >
          {t('kostraUi.measure.create')}
        </button>
      </div>
      <p className={plan.ok ? 'kostra-measure-note' : 'kostra-measure-note refused'} data-testid="kostra-measure-note">
        {plan.ok
          ? t('kostraUi.measure.preview', { amount: n(plan.measure.effect.mode === 'phasein' ? plan.measure.effect.fullYear : 0), year: String(startYear) })
          : plan.message}
      </p>
    </section>
  );
}
