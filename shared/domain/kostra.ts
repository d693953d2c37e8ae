// A KOSTRA / ASSS comparison as lines (view 'kostra'): per service the unit costs and the volume as inputs, the
// difference per unit and the theoretical savings potential (own − peer) × own volume in 1000 kr, as the
// consultant's analysis in the seeds computes it; and two totals: net (cheap services weigh against dear ones —
// Drammen's pleie og omsorg came out about 112 mill. kr below KOSTRA group 12) and the dear services only.
import type { Kostra, KostraCostUnit } from '../model/kostra';
import { label } from './builder';
import { KR, type BuildContext } from './context';
import { T } from './templates';

export const KOSTRA_POTENTIAL_TAG = 'kostra.potensial';
export const KOSTRA_TOTAL_KEY = 'kostra.sum_potensial';
export const KOSTRA_TOTAL_DEARER_KEY = 'kostra.sum_potensial_dyrere';

/** The key prefix of a service's lines. */
export function kostraKey(serviceId: string): string {
  return `kostra.${serviceId}`;
}

/** What one unit of the unit costs is in the scenario's 1000 kr. */
export function kostraFactor(unit: KostraCostUnit): number {
  return unit === 'kr' ? 1 / 1000 : 1;
}

export interface KostraPotentials {
  /** Per service, in the document's order: own − peer (in the cost unit) and the potential (1000 kr). */
  services: { id: string; difference: number; potential: number }[];
  /** Net potential, 1000 kr. */
  total: number;
  /** Potential of the services dearer than the peers only, 1000 kr. */
  totalDearer: number;
}

/** The numbers the lines compute, straight from the document (for the panel and its measures, which need them
 *  without an engine). The division by 1000 comes last, as in the lines, so both give the same doubles. */
export function kostraPotentials(k: Kostra): KostraPotentials {
  const services = k.services.map((s) => {
    const difference = s.ownUnitCost - s.peerUnitCost;
    const raw = difference * s.volume;
    return { id: s.id, difference, potential: k.costUnit === 'kr' ? raw / 1000 : raw };
  });
  return {
    services,
    total: services.reduce((sum, s) => sum + s.potential, 0),
    totalDearer: services.reduce((sum, s) => sum + Math.max(0, s.potential), 0),
  };
}

export function addKostra(ctx: BuildContext): void {
  const { b, s } = ctx;
  const k = s.kostra;
  if (k === undefined) return;
  const cost = k.costUnit;
  const peer = k.peerGroup;
  for (const svc of k.services) {
    const p = kostraKey(svc.id);
    const name = svc.name;
    // One group per service, headed by its name: KOSTRA names are long, and the labels begin with what the line
    // is (unit cost, volume …) so that rows stay apart where the grid cuts them.
    const common = { view: 'kostra' as const, group: name };
    const path = ['kostra', 'services', { id: svc.id }];
    const input = (field: string, code: string, unit: string, value: number, docField: string) =>
      b.add({
        ...common,
        key: `${p}.${field}`,
        label: label(code, { name, peer, unit }),
        unit,
        style: 'input',
        // Whole numbers, as KOSTRA prints them: unit costs in kroner, volumes as counts (places, recipients).
        display: 'amount',
        input: b.scalar(value),
        source: { path: [...path, docField], kind: 'scalar' },
      });
    input('enhetskostnad', 'line.kostra.own', cost, svc.ownUnitCost, 'ownUnitCost');
    input('enhetskostnad_sammenligning', 'line.kostra.peer', cost, svc.peerUnitCost, 'peerUnitCost');
    const volumeUnit = svc.unit.trim();
    input('volum', volumeUnit === '' ? 'line.kostra.volumeNoUnit' : 'line.kostra.volume', volumeUnit, svc.volume, 'volume');
    b.add({
      ...common,
      key: `${p}.differanse`,
      label: label('line.kostra.difference', { name, unit: cost }),
      unit: cost,
      style: 'computed',
      display: 'amount',
      template: { id: T.kostraDifference, args: { k: p } },
    });
    b.add({
      ...common,
      key: `${p}.potensial`,
      label: label('line.kostra.potential', { name }),
      unit: KR,
      style: 'subtotal',
      display: 'amount',
      template: { id: cost === 'kr' ? T.kostraPotentialKr : T.kostraPotential, args: { k: p } },
      tags: [KOSTRA_POTENTIAL_TAG],
    });
  }
  const totals = { view: 'kostra' as const, group: 'kostra_sum', unit: KR, display: 'amount' as const };
  b.add({
    ...totals,
    key: KOSTRA_TOTAL_KEY,
    label: label('line.kostra.total', { peer }),
    style: 'total',
    formula: `sumtag("${KOSTRA_POTENTIAL_TAG}")`,
  });
  // Only where there is something to save: max(0, …) per service, so the explanation lists every service. One
  // flat sum(…), not a chain of +, which 500 services would nest deeper than the engine accepts.
  const terms = k.services.map((svc) => `max(0, ${kostraKey(svc.id)}.potensial)`);
  b.add({
    ...totals,
    key: KOSTRA_TOTAL_DEARER_KEY,
    label: label('line.kostra.totalDearer', { peer }),
    style: 'total',
    formula: terms.length === 0 ? '0' : `sum(${terms.join(', ')})`,
  });
}
