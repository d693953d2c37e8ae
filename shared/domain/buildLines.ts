// A scenario document → the lines and templates the engine computes. Everything computed is a line, so every
// number on screen can be explained by the engine. Sections are added view by view, in display order.
import type { Lang } from '../i18n/index';
import type { Scenario } from '../model/scenario';
import { addAccounts } from './accounts';
import { addAreas } from './areas';
import { createContext, type PreviousBuild } from './context';
import { addCustomLines } from './customLines';
import { addPopulation, addServices } from './demography';
import { addFund } from './fund';
import { addAssumptions, addPlanInputs, addRules, addSwitch } from './inputs';
import { addInvestments } from './investments';
import { addKostra } from './kostra';
import { addLoans } from './loans';
import { addMeasures, addMeasureTotals, addSavingsGap } from './measures';
import { addResults } from './results';
import { FIXED_TEMPLATES } from './templates';
import type { BuiltLines } from './types';

export interface BuildOptions {
  /** Language of the labels; default Norwegian. */
  lang?: Lang;
  /** The result of an earlier buildLines (same options) and its document: the lines of measures that are the same
   *  objects in both documents, and would come out the same, are taken over instead of built again (after an edit
   *  of anything else, patches leave untouched measures as they were). The result is what a build without it
   *  gives; only the objects are shared. */
  previous?: PreviousBuild;
}

/** The lines and templates of a valid scenario (parse it with the model's schema first). Never throws for a
 *  valid document; what it cannot build is listed in `problems`. */
export function buildLines(scenario: Scenario, opts: BuildOptions = {}): BuiltLines {
  const ctx = createContext(scenario, opts.lang ?? 'nb', opts.previous);
  // Forutsetninger
  addAssumptions(ctx);
  addPlanInputs(ctx);
  addRules(ctx);
  // Rammer
  addAreas(ctx);
  addAccounts(ctx);
  // Tiltak
  addMeasures(ctx);
  addMeasureTotals(ctx);
  // Demografi
  addPopulation(ctx);
  const demandTemplates = addServices(ctx);
  // KOSTRA
  addKostra(ctx);
  // Investeringer
  addInvestments(ctx);
  addLoans(ctx);
  // Oversikt
  addResults(ctx);
  addSavingsGap(ctx);
  addFund(ctx);
  addSwitch(ctx);
  // The user's own lines, last, so that they can be placed after any generated line.
  addCustomLines(ctx);
  return { lines: ctx.b.lines, index: ctx.b.index, templates: [...FIXED_TEMPLATES, ...demandTemplates], problems: ctx.b.problems };
}
