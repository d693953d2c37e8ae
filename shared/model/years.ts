// The calendar years of a plan: a scenario and an engine both carry its first year and its number of years.

export function planYears(plan: { firstYear: number; years: number }): number[] {
  return Array.from({ length: plan.years }, (_, i) => plan.firstYear + i);
}
