import type { TextEncodingName } from '../decode';
import type { ImportIssue, ImportMessage, ImportSkip } from '../issues';

export interface KostraService {
  line: number;
  service: string;
  /** The service's volume unit ("plasser", "mottakere"), when the file has a unit column. */
  unit: string | null;
  own: number;
  peer: number;
  volume: number;
  /** own − peer. */
  difference: number;
  /** (own − peer) × volume, in the unit costs' unit. */
  potential: number;
}

/** Which peer column to compare with, by its header or part of it ("ASSS"); needed only to pick another than the first. */
export interface KostraSelection {
  peer?: string;
}

export interface KostraImport {
  ok: true;
  source: { encoding: TextEncodingName | null; separator: string };
  /** Headers of the columns used. */
  ownLabel: string;
  peerLabel: string;
  volumeLabel: string;
  /** Headers of every peer column in the file (KOSTRA group, ASSS average …). */
  peerOptions: string[];
  /** The unit costs' unit as the header names it ("kr", "1000 kr"); null if it does not. */
  costUnit: string | null;
  services: KostraService[];
  total: number;
  totalPositive: number;
  skipped: ImportSkip[];
  warnings: ImportMessage[];
}

export type KostraResult = KostraImport | { ok: false; errors: ImportIssue[] };
