// Entry point for population projections: text or bytes in, one region's population by age and year out.

import { prepareText, type ImportInput } from '../input';
import { readPopulationCsv } from './readCsv';
import { readPopulationJsonStat } from './readJsonStat';
import type { PopulationResult, PopulationSelection } from './types';

/**
 * Reads an SSB population projection (table 14288 and its predecessors): CSV as the statistics bank downloads it
 * (any layout, ';' or ',' or tab, UTF-8 or windows-1252) or JSON-stat 2.0 from the API. A file with several regions
 * or alternatives fails with `options` until `selection` names one. Never throws.
 */
export function parsePopulation(input: ImportInput, selection: PopulationSelection = {}): PopulationResult {
  try {
    const prepared = prepareText(input);
    if (!prepared.ok) return { ok: false, errors: prepared.errors };
    const { text, encoding } = prepared;
    const json = /^\s*[{[]/.test(text);
    return json ? readPopulationJsonStat(text, selection, encoding) : readPopulationCsv(text, selection, encoding);
  } catch {
    // A bug of ours must not take the window down; the user gets a message and the file is not imported.
    return { ok: false, errors: [{ line: 0, code: 'imports.internalError', params: {} }] };
  }
}
