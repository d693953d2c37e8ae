// The KOSTRA import, planned before anything is written: the file read by shared/imports (parseKostra), the user's
// choices (which peer column, the unit of the unit costs, the year, the peer group's name), the comparison it
// becomes, checked by the scenario's own schema, and the one edit that sets it.
import { formatNumber } from '../../../shared/format/numberFormat';
import { t, type Lang } from '../../../shared/i18n';
import { yearInHeader } from '../../../shared/imports/cells';
import { parseKostra } from '../../../shared/imports/kostra/parse';
import type { KostraImport, KostraResult } from '../../../shared/imports/kostra/types';
import { failureLines, skippedLines, warningLines } from '../../../shared/imports/preview';
import { kostraPotentials } from '../../../shared/domain/kostra';
import { describeModelIssues, toModelIssues } from '../../../shared/model/issues';
import { kostraSchema, type Kostra, type KostraCostUnit, type KostraService } from '../../../shared/model/kostra';
import { LIMITS } from '../../../shared/model/limits';
import type { Scenario } from '../../../shared/model/scenario';
import type { ImportPlan, PickedFile, PreviewTable } from '../imports/types';
import { slugId } from '../../../shared/model/slug';

/** What the user decides in the preview. */
export interface KostraChoices {
  /** The peer column's header (one of KostraImport.peerOptions); undefined: the first. */
  peer?: string;
  /** The name the comparison is shown by. */
  peerGroup: string;
  costUnit: KostraCostUnit;
  year: number;
}

/** The plan, with what the preview's controls need. */
export interface KostraImportPlan extends ImportPlan {
  /** The file as read with the chosen peer column. */
  result: KostraResult;
  /** The comparison the import sets, when ok. */
  kostra?: Kostra;
}

/** Reads the file with the chosen peer column (parseKostra never throws). */
export function readKostraFile(file: PickedFile, peer?: string): KostraResult {
  return parseKostra(file.bytes, peer === undefined ? {} : { peer });
}

/** A peer group's name from its column header: "Enhetskostnad KOSTRA-gruppe 12 (kr)" → "KOSTRA-gruppe 12". */
export function peerGroupName(header: string): string {
  const name = header
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*(?:enhetskostnad(?:er)?|unit costs?)\b[\s:,-]*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return (name || header.trim()).slice(0, LIMITS.maxName);
}

/** The cost unit a header names, when it is one the model knows. */
function costUnitOf(text: string | null): KostraCostUnit | null {
  if (text === null) return null;
  const folded = text.toLowerCase().replace(/[\s\u00a0\u202f.]+/g, ' ').trim();
  if (/^(?:kr|kroner|nok)$/.test(folded)) return 'kr';
  if (/^(?:1 ?000 kr|1 ?000 kroner|tusen kroner|1000 nok)$/.test(folded)) return '1000 kr';
  return null;
}

/** The choices a file suggests: the first peer column, the unit its headers name (kr if none, as KOSTRA prints
 *  unit costs), a year from its title, headers or name (else the year before the plan), the peer's name. */
export function defaultChoices(result: KostraResult, doc: Scenario, fileName: string): KostraChoices {
  const fallbackYear = doc.kostra?.year ?? Math.max(LIMITS.minYear, doc.firstYear - 1);
  if (!result.ok) return { peerGroup: doc.kostra?.peerGroup ?? 'KOSTRA', costUnit: 'kr', year: fallbackYear };
  const texts = [...result.skipped.filter((s) => s.reason === 'imports.skip.title').map((s) => s.text), result.ownLabel, result.peerLabel, fileName];
  const year = texts.map(yearInHeader).find((y): y is number => y !== null && y >= LIMITS.minYear && y <= LIMITS.maxYear);
  return {
    peer: result.peerLabel,
    peerGroup: peerGroupName(result.peerLabel),
    costUnit: costUnitOf(result.costUnit) ?? 'kr',
    year: year ?? fallbackYear,
  };
}

/** The comparison the file becomes. Ids come from the names; a service the previous comparison had by the same
 *  name keeps its id and programme area, so its lines and measures stay linked. */
export function kostraFromImport(result: KostraImport, choices: KostraChoices, doc: Scenario, fileName: string): Kostra {
  const key = (name: string) => name.trim().toLowerCase();
  const previous = new Map((doc.kostra?.services ?? []).map((s) => [key(s.name), s]));
  const areaIds = new Set(doc.areas.map((a) => a.id));
  const reused = new Map<number, KostraService>();
  const taken = new Set<string>();
  result.services.forEach((s, i) => {
    const before = previous.get(key(s.service));
    if (before !== undefined && !taken.has(before.id)) {
      reused.set(i, before);
      taken.add(before.id);
    }
  });
  const services = result.services.map((s, i) => {
    const before = reused.get(i);
    const areaId = before?.areaId !== undefined && areaIds.has(before.areaId) ? before.areaId : undefined;
    return {
      id: before?.id ?? slugId(s.service, taken, 'tjeneste'),
      name: s.service,
      unit: s.unit ?? '',
      ownUnitCost: s.own,
      peerUnitCost: s.peer,
      volume: s.volume,
      ...(areaId !== undefined ? { areaId } : {}),
    };
  });
  return {
    peerGroup: choices.peerGroup,
    costUnit: choices.costUnit,
    year: choices.year,
    ...(fileName.trim() !== '' ? { source: fileName.trim().slice(0, LIMITS.maxName) } : {}),
    services,
  };
}

function serviceTable(k: Kostra, lang: Lang): PreviewTable {
  const n = (v: number) => formatNumber(v, { lang });
  const p = kostraPotentials(k);
  const cu = k.costUnit;
  return {
    columns: [
      t(lang, 'kostraUi.col.service'),
      t(lang, 'kostraUi.col.unit'),
      t(lang, 'kostraUi.col.own', { unit: cu }),
      t(lang, 'kostraUi.col.peer', { peer: k.peerGroup, unit: cu }),
      t(lang, 'kostraUi.col.difference', { unit: cu }),
      t(lang, 'kostraUi.col.volume'),
      t(lang, 'kostraUi.col.potential'),
    ],
    numeric: [false, false, true, true, true, true, true],
    rows: k.services.map((s, i) => [s.name, s.unit, n(s.ownUnitCost), n(s.peerUnitCost), n(p.services[i].difference), n(s.volume), n(p.services[i].potential)]),
    // Where the municipality is dearer than its peers: where the potential is.
    flagged: p.services.map((s) => s.potential > 0),
  };
}

/** The preview and the edit of a KOSTRA import. Never throws; nothing is written until the plan is applied. */
export function planKostraImport(doc: Scenario, result: KostraResult, choices: KostraChoices, fileName: string, lang: Lang): KostraImportPlan {
  const label = t(lang, 'kostraUi.import.label', { peer: choices.peerGroup });
  if (!result.ok) return { ok: false, lines: failureLines(lang, result.errors), patches: [], label, result };
  const kostra = kostraFromImport(result, choices, doc, fileName);
  const checked = kostraSchema.safeParse(kostra);
  if (!checked.success) {
    // Say which line of the file a problem of a service comes from.
    const issues = toModelIssues(checked.error).map((iss) => ({ ...iss, path: ['kostra', ...iss.path] }));
    const lines = issues.map((iss, i) => {
      const [text] = describeModelIssues([iss], lang, { kostra });
      const at = iss.path[1] === 'services' && typeof iss.path[2] === 'number' ? result.services[iss.path[2]]?.line : undefined;
      return at === undefined || i >= 50 ? text : t(lang, 'kostraUi.import.atLine', { line: at, text });
    });
    return { ok: false, lines: [t(lang, 'kostraUi.import.invalid', { count: issues.length }), ...lines.slice(0, 50)], patches: [], label, result };
  }
  const n = (v: number) => formatNumber(v, { lang });
  const p = kostraPotentials(kostra);
  const lines = [
    t(lang, 'imports.preview.kostra', { count: result.services.length, own: result.ownLabel, peer: result.peerLabel, volume: result.volumeLabel }),
    t(lang, 'kostraUi.import.as', { peer: kostra.peerGroup, year: String(kostra.year), unit: kostra.costUnit }),
    t(lang, result.costUnit === null ? 'kostraUi.import.unitAssumed' : 'kostraUi.import.unitFromFile', { unit: kostra.costUnit }),
    t(lang, 'kostraUi.import.total', { total: n(p.total), dearer: n(p.totalDearer) }),
  ];
  if (doc.kostra !== undefined) {
    lines.push(t(lang, 'kostraUi.import.replaces', { peer: doc.kostra.peerGroup, year: String(doc.kostra.year), count: doc.kostra.services.length }));
  }
  lines.push(...skippedLines(lang, result.skipped), ...warningLines(lang, result.warnings));
  return {
    ok: true,
    lines,
    table: serviceTable(kostra, lang),
    patches: [{ op: 'set', path: ['kostra'], value: kostra }],
    label,
    result,
    kostra,
  };
}
