// KOSTRA / ASSS unit costs from CSV: per service the municipality's unit cost, one or more peer groups' (KOSTRA
// group, ASSS average) and the municipality's volume. Users assemble these sheets themselves from KOSTRA tables, so
// headers are matched by words, not fixed names:
//   Tjeneste;Enhet;Enhetskostnad Drammen (kr);Enhetskostnad KOSTRA-gruppe 12 (kr);ASSS-snitt uten Oslo (kr);Volum

import { readCsvTable, separatorName } from '../csvReader';
import { foldHeader, isTotalLabel, readAmount, unitInHeader } from '../cells';
import { prepareText, type ImportInput } from '../input';
import { IssueList, type ImportMessage, type ImportSkip } from '../issues';
import { savingsPotential } from './potential';
import type { KostraResult, KostraSelection, KostraService } from './types';

const SERVICE = /tjeneste|område|funksjon|indikator|nøkkeltall|service|beskrivelse|^tekst$|^navn$/;
const UNIT = /^(?:enhet|måleenhet|volumenhet|unit|per)$/;
const VOLUME = /volum|antall|brukere|mottakere|plasser|oppholdsdøgn|volume|users|recipients|elever|innbyggere/;
const PEER = /kostra|asss|snitt|gjennomsnitt|sammenlign|landet|peer|average|referanse|gruppe|median/;
const OWN = /enhetskostnad|kostnad|utgift|unit cost|cost|egen|kommunen|own/;

interface Columns {
  service: number;
  unit: number | null;
  own: number;
  peers: number[];
  volume: number;
}

function findColumns(header: string[], line: number, errors: IssueList, warnings: ImportMessage[]): Columns | null {
  const folded = header.map(foldHeader);
  const taken = new Set<number>();
  const first = (test: (h: string, i: number) => boolean): number => {
    const i = folded.findIndex((h, k) => !taken.has(k) && test(h, k));
    if (i >= 0) taken.add(i);
    return i;
  };
  let service = first((h) => SERVICE.test(h) && !VOLUME.test(h) && !OWN.test(h));
  if (service < 0) service = first((_, i) => i === 0);
  const unitAt = first((h) => UNIT.test(h));
  const volume = first((h) => VOLUME.test(h));
  const peers: number[] = [];
  for (let p = first((h) => PEER.test(h)); p >= 0; p = first((h) => PEER.test(h))) peers.push(p);
  let own = first((h) => OWN.test(h));
  const rest = folded.map((_, i) => i).filter((i) => !taken.has(i));
  if (own < 0 && rest.length === 1) {
    own = rest[0];
    taken.add(own);
  }
  for (const i of folded.map((_, k) => k).filter((k) => !taken.has(k))) {
    warnings.push({ line, column: i + 1, code: 'imports.columnIgnored', params: { name: header[i].trim() } });
  }
  if (own < 0) errors.add({ line, code: 'imports.kostra.missingOwn', params: {} });
  if (peers.length === 0) errors.add({ line, code: 'imports.kostra.missingPeer', params: {} });
  if (volume < 0) errors.add({ line, code: 'imports.kostra.missingVolume', params: {} });
  if (errors.size > 0) return null;
  return { service, unit: unitAt >= 0 ? unitAt : null, own, peers, volume };
}

/** Reads a KOSTRA unit cost comparison and computes the theoretical savings potential. Never throws. */
export function parseKostra(input: ImportInput, selection: KostraSelection = {}): KostraResult {
  const prepared = prepareText(input);
  if (!prepared.ok) return prepared;
  const read = readCsvTable(prepared.text);
  if (!read.ok) return read;
  const { table } = read;
  const header = table.header.cells;
  const errors = new IssueList();
  const warnings: ImportMessage[] = [];
  const skipped: ImportSkip[] = table.preamble.map((r) => ({
    line: r.line,
    text: r.cells.join(' '),
    reason: 'imports.skip.title',
  }));
  const columns = findColumns(header, table.header.line, errors, warnings);
  if (columns === null) return { ok: false, errors: errors.toArray() };
  const name = (col: number): string => header[col].trim();
  const peerOptions = columns.peers.map(name);
  const list = peerOptions.join(', ');
  let peer = columns.peers[0];
  if (selection.peer !== undefined && selection.peer.trim() !== '') {
    // The whole header, or a word of it ("ASSS").
    const wanted = foldHeader(selection.peer);
    const found =
      columns.peers.find((p) => foldHeader(header[p]) === wanted) ??
      columns.peers.find((p) => foldHeader(header[p]).includes(wanted));
    if (found === undefined) {
      const error = { line: 0, code: 'imports.kostra.unknownPeer', params: { value: selection.peer, list } };
      return { ok: false, errors: [error] };
    }
    peer = found;
  } else if (columns.peers.length > 1) {
    warnings.push({ code: 'imports.kostra.severalPeers', params: { used: name(peer), list } });
  }

  const rows: Omit<KostraService, 'difference' | 'potential'>[] = [];
  for (const row of table.rows) {
    const label = row.cells[columns.service].trim();
    const at = (col: number) => ({ line: row.line, column: col + 1, columnName: name(col) });
    if (isTotalLabel(label)) {
      skipped.push({ line: row.line, column: columns.service + 1, text: label, reason: 'imports.skip.totalRow' });
      continue;
    }
    if (label === '') {
      errors.add({ ...at(columns.service), code: 'imports.kostra.noService', params: {} });
      continue;
    }
    const numbers: number[] = [];
    let missing: number | null = null;
    for (const col of [columns.own, peer, columns.volume]) {
      const amount = readAmount(row.cells[col]);
      const text = row.cells[col].trim();
      if (amount.ok && amount.value < 0) errors.add({ ...at(col), code: 'imports.kostra.negative', params: { text } });
      else if (amount.ok) numbers.push(amount.value);
      else if (amount.missing) missing ??= col;
      else errors.add({ ...at(col), code: amount.code, params: amount.params });
    }
    if (missing !== null) {
      const text = `${label}: ${row.cells[missing].trim() || '—'}`;
      skipped.push({ line: row.line, column: missing + 1, text, reason: 'imports.skip.missingNumber' });
      continue;
    }
    if (numbers.length < 3) continue;
    const unit = columns.unit !== null ? row.cells[columns.unit].trim() || null : null;
    rows.push({ line: row.line, service: label, unit, own: numbers[0], peer: numbers[1], volume: numbers[2] });
  }
  for (const r of table.notes) skipped.push({ line: r.line, text: r.cells.join(' '), reason: 'imports.skip.note' });
  if (errors.size > 0) return { ok: false, errors: errors.toArray() };
  if (rows.length === 0) return { ok: false, errors: [{ line: 0, code: 'imports.kostra.noRows', params: {} }] };
  const potential = savingsPotential(rows);
  return {
    ok: true,
    source: { encoding: prepared.encoding, separator: separatorName(table.separator) },
    ownLabel: name(columns.own),
    peerLabel: name(peer),
    volumeLabel: name(columns.volume),
    peerOptions,
    costUnit: unitInHeader(header[columns.own]) ?? unitInHeader(header[peer]),
    services: rows.map((r, i) => ({ ...r, ...potential.services[i] })),
    total: potential.total,
    totalPositive: potential.totalPositive,
    skipped,
    warnings,
  };
}
