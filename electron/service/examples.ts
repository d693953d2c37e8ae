// The example scenarios shipped in resources/examples (*.handlingsrom files, read with the same checks as any
// imported file). Their id is the file name without the extension.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExampleInfo } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n';
import type { Scenario } from '../../shared/model';
import { readScenarioFile } from '../files/readScenarioFile';

const EXTENSION = '.handlingsrom';

/**
 * <repo root>/resources/examples, found from this file: electron/service/ when run from source (tsx, vitest) and
 * dist/electron/ in the bundled main process are both two levels below the root. The packaged app passes its own
 * folder (process.resourcesPath) instead.
 */
export function defaultExamplesDir(): string {
  // The CommonJS bundle has __dirname and no import.meta; ES modules (tsx) the other way round.
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'resources', 'examples');
}

export class Examples {
  private readonly docs = new Map<string, Scenario>();

  constructor(readonly dir: string) {}

  ids(): string[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .filter((f) => f.endsWith(EXTENSION))
      .map((f) => f.slice(0, -EXTENSION.length))
      .sort();
  }

  /** The example's document, validated (and kept after the first read). Throws store.unknownExample. */
  load(id: string, lang: Lang = 'nb'): Scenario {
    const cached = this.docs.get(id);
    if (cached) return cached;
    if (!this.ids().includes(id)) throw new ApiError('store.unknownExample', { id });
    const read = readScenarioFile(fs.readFileSync(path.join(this.dir, `${id}${EXTENSION}`), 'utf8'), lang);
    if (!read.ok) throw new ApiError(read.error.code, read.error.params);
    this.docs.set(id, read.scenario);
    return read.scenario;
  }

  list(lang: Lang = 'nb'): ExampleInfo[] {
    const out: ExampleInfo[] = [];
    for (const id of this.ids()) {
      try {
        const doc = this.load(id, lang);
        out.push({ id, name: doc.name, description: doc.description });
      } catch (err) {
        // A broken example is left out of the list rather than breaking it; it is reported where it is created.
        console.error(`[examples] ${id}:`, err instanceof ApiError ? `${err.code} ${JSON.stringify(err.params)}` : err);
      }
    }
    return out;
  }

  /** The example a new, empty database starts with: the economic plan (the first whose id mentions "plan"). */
  planId(): string | undefined {
    const ids = this.ids();
    return ids.find((id) => /plan|h(ø|o)p/i.test(id)) ?? ids[0];
  }
}
