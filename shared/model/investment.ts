// An investment project: per-year amounts, owned by the kommunekasse or a municipal enterprise (KF, e.g.
// Drammen Eiendom KF). The loan-financed share becomes new debt (see shared/domain/loans.ts).
import { z } from './zod';
import { id, name, obj, oneOf, series, share, text } from './kit';

export const INVESTMENT_OWNERS = ['kommunekasse', 'kf'] as const;
export type InvestmentOwner = (typeof INVESTMENT_OWNERS)[number];

export const investmentSchema = obj({
  id: id(),
  name: name(),
  areaId: id(),
  owner: oneOf(INVESTMENT_OWNERS),
  amounts: series(),
  /** The part financed by new loans, 0..1. */
  loanShare: share(),
  notes: text().optional(),
});
export type Investment = z.infer<typeof investmentSchema>;
