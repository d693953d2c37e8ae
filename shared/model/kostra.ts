// A KOSTRA / ASSS unit-cost comparison (seed 003: the consultant's analysis of KOSTRA 2020 for pleie og omsorg):
// per service the municipality's unit cost, a peer group's unit cost (a KOSTRA group or the ASSS average) and the
// municipality's volume. The domain turns it into the theoretical savings potential (own − peer) × own volume.
// Optional in the scenario: absent = no comparison, so files written before it existed stay valid.
import type { z } from 'zod';
import { LIMITS } from './limits';
import { id, list, name, nonNegative, obj, oneOf, text, unit, year } from './kit';
import type { Scenario } from './scenario';

/** The unit of the unit costs. KOSTRA prints them in kroner; the potential is converted to 1000 kr. */
export const KOSTRA_COST_UNITS = ['kr', '1000 kr'] as const;
export type KostraCostUnit = (typeof KOSTRA_COST_UNITS)[number];

export const kostraServiceSchema = obj({
  id: id(),
  /** The service as the KOSTRA table names it ("Institusjon, korrigerte brutto driftsutgifter per plass"). */
  name: name(),
  /** What the volume counts: "plasser", "mottakere" (may be empty). */
  unit: unit(),
  ownUnitCost: nonNegative(),
  peerUnitCost: nonNegative(),
  /** The municipality's own volume. */
  volume: nonNegative(),
  /** The programme area the service belongs to, when it is modelled. */
  areaId: id().optional(),
});

export const kostraSchema = obj({
  /** The peer group compared with: "KOSTRA-gruppe 12", "ASSS-snitt uten Oslo". */
  peerGroup: name(),
  costUnit: oneOf(KOSTRA_COST_UNITS),
  /** The year of the figures (KOSTRA lags the plan: the 2020 figures served the 2021 budget). */
  year: year(),
  /** Where the figures come from: a file name, a report. */
  source: text(LIMITS.maxName).optional(),
  services: list(kostraServiceSchema, LIMITS.maxKostraServices),
});
export type Kostra = z.infer<typeof kostraSchema>;
export type KostraService = z.infer<typeof kostraServiceSchema>;

/** Service ids unique, areaId pointing at an area of the scenario. Runs once the structure is valid. */
export function checkKostraReferences(s: Scenario, ctx: z.RefinementCtx): void {
  const k = s.kostra;
  if (k === undefined) return;
  const areaIds = new Set(s.areas.map((a) => a.id));
  const seen = new Set<string>();
  k.services.forEach((svc, i) => {
    const path = ['kostra', 'services', i];
    if (seen.has(svc.id)) ctx.addIssue({ code: 'custom', message: 'model.duplicateId', params: { id: svc.id }, path: [...path, 'id'] });
    seen.add(svc.id);
    if (svc.areaId !== undefined && !areaIds.has(svc.areaId)) {
      ctx.addIssue({ code: 'custom', message: 'model.unknownArea', params: { id: svc.areaId }, path: [...path, 'areaId'] });
    }
  });
}
