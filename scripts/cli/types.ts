// The command line's building blocks: what a command is, what it may use, and the exit codes.
import type { Lang } from '../../shared/i18n/index';

/** 0 ok, 1 invalid input (a file that does not parse, an unknown line), 2 usage (wrong arguments). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a command writes and reads; tests pass one that captures. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

export interface CliContext {
  io: CliIo;
  lang: Lang;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type OptionValues = Record<string, string | boolean | undefined>;

export interface CliCommand {
  name: string;
  /** i18n keys of the one-line usage and summary (shared/i18n/model.ts, 'cli.*'). */
  usageKey: string;
  summaryKey: string;
  options: OptionSpec;
  /** How many positional arguments the command takes. */
  args: { min: number; max: number };
  run(args: string[], options: OptionValues, ctx: CliContext): ExitCode | Promise<ExitCode>;
}
