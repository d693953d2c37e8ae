// The theoretical savings potential of a KOSTRA comparison, as the consultant analysis in the seeds computes it:
// per service (own unit cost − peer unit cost) × own volume. A negative potential means the municipality runs the
// service cheaper than its peers; the net total weighs those against the dear ones, the positive total counts only
// where there is something to save.

export interface UnitCostComparison {
  own: number;
  peer: number;
  volume: number;
}

export interface ServicePotential {
  /** own − peer, per unit. */
  difference: number;
  /** difference × volume, in the unit costs' unit. */
  potential: number;
}

export interface SavingsPotential {
  services: ServicePotential[];
  /** Net: cheaper services count against dearer ones. */
  total: number;
  /** Only services dearer than the peers. */
  totalPositive: number;
}

export function savingsPotential(rows: UnitCostComparison[]): SavingsPotential {
  const services = rows.map((r) => {
    const difference = r.own - r.peer;
    return { difference, potential: difference * r.volume };
  });
  return {
    services,
    total: services.reduce((s, r) => s + r.potential, 0),
    totalPositive: services.reduce((s, r) => s + Math.max(0, r.potential), 0),
  };
}
