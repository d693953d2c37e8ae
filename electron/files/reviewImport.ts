// A scenario file that comes back: which scenario in the store it descends from, and the common ancestor. The
// file's lineage (its origin, then the origins its scenario was imported from) is searched nearest first for a
// scenario the store has; the ancestor is that scenario as it was at the exported revision, rebuilt from the
// snapshot and the edit log, and checked against the fingerprint the file carries. Without it the review is
// two-way, and says why. Nothing is written here.
import type { ImportReview } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n';
import { fingerprint, MAX_LINEAGE, type Origin, type Scenario } from '../../shared/model';
import type { ScenarioService } from '../service/scenarios';
import { readScenarioFile } from './readScenarioFile';

/** The places a file's scenario came from, nearest first. */
export function lineageOf(origin: Origin | undefined, scenario: Scenario): Origin[] {
  return [...(origin ? [origin] : []), ...(scenario.importedFrom ?? [])].slice(0, MAX_LINEAGE);
}

/** The lineage a scenario imported from the file keeps: the origins exported from a store at a revision (an
 *  older file's origin, or a shipped example's, names only a scenario id and leads to no ancestor). */
export function lineageToKeep(origin: Origin | undefined, scenario: Scenario): Origin[] {
  return lineageOf(origin, scenario).filter((o) => o.revision !== undefined);
}

/** The common ancestor of `origin` in the store, or why there is none (an i18n key). */
async function ancestor(scenarios: ScenarioService, origin: Origin): Promise<{ base: Scenario } | { fallback: string }> {
  if (origin.revision === undefined) return { fallback: 'review.fallback.noRevision' };
  const doc = await scenarios.documentAt(origin.scenarioId, origin.revision);
  if (!doc) return { fallback: 'review.fallback.revisionGone' };
  if (origin.fingerprint !== undefined && fingerprint(doc) !== origin.fingerprint) return { fallback: 'review.fallback.changedSince' };
  return { base: doc };
}

export async function reviewImport(scenarios: ScenarioService, content: string, lang: Lang = 'nb'): Promise<ImportReview> {
  const read = readScenarioFile(content, lang);
  if (!read.ok) throw new ApiError(read.error.code, read.error.params);
  const theirs = read.scenario;
  const none: ImportReview = { theirs, target: null, mine: null, base: null, origin: null, fallback: null, trashed: null };
  let trashed: string | null = null;
  for (const origin of lineageOf(read.origin, theirs)) {
    const row = await scenarios.store.row(origin.scenarioId);
    if (!row) continue;
    if (row.deletedAt) {
      trashed ??= row.name;
      continue;
    }
    const { doc: mine, revision } = await scenarios.current(row.id);
    const found = await ancestor(scenarios, origin);
    // When that version was made: revision 0 is the scenario as created, any other the log's edit that made it.
    const at = origin.revision === undefined ? null : origin.revision === 0 ? row.createdAt : ((await scenarios.store.edit(row.id, origin.revision))?.at ?? null);
    return {
      theirs,
      target: { id: row.id, name: row.name, revision },
      mine,
      base: 'base' in found ? found.base : null,
      origin: { name: origin.name ?? row.name, revision: origin.revision ?? null, at },
      fallback: 'fallback' in found ? found.fallback : null,
      trashed: null,
    };
  }
  return { ...none, trashed };
}
