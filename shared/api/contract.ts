// The API contract: the one list of operations the UI may ask of the back end, with the schema of each
// operation's input (validated by the service before anything runs) and the type of its result.
import { z } from 'zod';
import type { OpName } from './ops';

export interface AppInfo {
  name: string;
  version: string;
  /** The folder that holds the database. */
  dataDir: string;
  dbPath: string;
  /** The database's schema version (SQLite user_version). */
  schemaVersion: number;
  /** 'electron' or 'web' */
  shell: string;
}

function op<I extends z.ZodType, O>(input: I) {
  return { input, output: undefined as unknown as O };
}

export const contract = {
  'app.info': op<z.ZodObject<Record<string, never>>, AppInfo>(z.strictObject({})),
} satisfies Record<OpName, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpOutput<K extends OpName> = Contract[K]['output'];

/** The one interface the renderer programs against; each transport implements it. */
export interface Api {
  call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>>;
}
