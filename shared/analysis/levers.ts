// Which lines the analysis panel offers, and how an input line becomes a lever on a private engine and, once an
// answer is found, patches on the document.
import { inputLever, type Lever } from './index';
import type { DomainLineMeta, LineSource } from '../domain/types';
import type { Engine } from '../engine';
import type { LineSpec } from '../engine/types';
import { cellPatches } from '../live/cellEdits';
import type { Patch } from '../patch/types';

export const KEYS = {
  resultatgrad: 'resultat.resultatgrad',
  resultatgradTarget: 'resultat.resultatgrad_mal',
  netResult: 'resultat.netto_driftsresultat',
  fund: 'fond.saldo',
  requiredReserve: 'fond.reservekrav',
  savings: 'tiltak.sum_innsparing',
  unidentified: 'resultat.uidentifisert_krav',
  requirement: 'plan.innsparingskrav',
  newLoanRate: 'plan.rente_nye_lan',
  revenue: 'plan.brutto_driftsinntekter',
  extraDividend: 'plan.ekstra_utbytte',
} as const;

export function metaOf(spec: LineSpec): Partial<DomainLineMeta> {
  return (spec.meta ?? {}) as Partial<DomainLineMeta>;
}

export function isPercent(spec: LineSpec | undefined): boolean {
  return !!spec && metaOf(spec).display === 'percent';
}

/** Computed lines of Oversikt: what a goal seek may aim at. */
export function targetLines(lines: readonly LineSpec[]): LineSpec[] {
  return lines.filter((l) => !l.input && metaOf(l).view === 'oversikt');
}

/** Input lines an analysis may vary: a number the document stores (not a switch, a year or a month). */
export function leverLines(lines: readonly LineSpec[]): LineSpec[] {
  return lines.filter((l) => {
    const m = metaOf(l);
    if (!l.input || !m.source || m.source.kind === 'flag') return false;
    return m.display !== 'year' && m.display !== 'month' && m.display !== 'flag';
  });
}

/** Where a lever acts: one year's cell of a per-year line, or the whole line. A scalar line (one number for every
 *  year) is always 'all' and the lever is that number; a per-year line over 'all' is a factor on every year. */
export type LeverAt = number | 'all';

export function sourceOf(spec: LineSpec): LineSource {
  const source = metaOf(spec).source;
  if (!source) throw new Error(`line ${spec.key} has no document source`);
  return source;
}

/** Does the lever's value stand for a factor (1 = as it stands) rather than the line's own value? */
export function isFactor(spec: LineSpec, at: LeverAt): boolean {
  return at === 'all' && sourceOf(spec).kind === 'series';
}

/** A lever over `spec` on `engine` (a private copy: the analyses move it freely and put it back). */
export function leverFor(engine: Engine, spec: LineSpec, at: LeverAt, label: string): Lever {
  if (sourceOf(spec).kind === 'scalar') {
    const key = spec.key;
    return {
      id: `${key}@scalar`,
      label,
      get: () => engine.value(key, 0),
      set: (x) => {
        engine.setInputs(key, new Float64Array(engine.years).fill(x));
      },
      snapshot: () => {
        const raw = Float64Array.from(engine.spec(key)?.input ?? []);
        return () => {
          engine.setInputs(key, raw);
        };
      },
    };
  }
  return inputLever(engine, spec.key, at, { mode: 'scale', label });
}

/** The patches that give the document the lever value `x`, relative to the line as `spec` holds it. */
export function leverPatches(doc: unknown, spec: LineSpec, at: LeverAt, x: number): Patch[] {
  const source = sourceOf(spec);
  if (source.kind === 'scalar') return cellPatches(doc, source, [{ yearIndex: 0, value: x }]);
  if (at !== 'all') return cellPatches(doc, source, [{ yearIndex: at, value: x }]);
  const raw = spec.input ?? [];
  // A blank year stays blank (NaN × x).
  return cellPatches(doc, source, Array.from(raw, (v, yearIndex) => ({ yearIndex, value: v * x })));
}

/** A search range that contains any sensible answer; the engine's response is near linear, so a wide range costs
 *  a few extra recomputes only. */
export function defaultRange(spec: LineSpec, at: LeverAt, current: number): [number, number] {
  if (isFactor(spec, at)) return [-10, 10];
  if (isPercent(spec)) return [-1, 1];
  const span = Math.max(10 * Math.abs(current), 1_000_000);
  return [current - span, current + span];
}
